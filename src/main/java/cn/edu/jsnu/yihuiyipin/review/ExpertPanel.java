package cn.edu.jsnu.yihuiyipin.review;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The experts of a channel are the members of its Camunda group ({@code experts-union},
 * {@code experts-women}); an expert who is also a member of the applying unit's group is recused (回避).
 * The same rule picks the panel of a project ({@link #reviewersFor}) and decides who may hold one of its
 * reviews later ({@link #mayReview}, {@code people.TaskHolders}).
 */
@Service
public class ExpertPanel {

    private final IdentityService identityService;

    ExpertPanel(IdentityService identityService) {
        this.identityService = identityService;
    }

    public List<String> reviewersFor(String expertGroup, String unitGroup) {
        return identityService.createUserQuery().memberOfGroup(expertGroup).orderByUserId().asc().list().stream()
                .map(User::getId)
                .filter(expert -> !isRecused(expert, unitGroup))
                .toList();
    }

    /** Whether {@code userId} is on the panel {@code expertGroup} and not a member of the applying unit. */
    public boolean mayReview(String userId, String expertGroup, String unitGroup) {
        return isMember(userId, expertGroup) && !isRecused(userId, unitGroup);
    }

    /** 回避: the expert is a member of the applying unit's group. */
    public boolean isRecused(String userId, String unitGroup) {
        return unitGroup != null && isMember(userId, unitGroup);
    }

    private boolean isMember(String userId, String groupId) {
        return groupId != null
                && identityService
                                .createGroupQuery()
                                .groupMember(userId)
                                .groupId(groupId)
                                .count()
                        > 0;
    }
}
