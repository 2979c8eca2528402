package cn.edu.jsnu.yihuiyipin.review;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The experts of a channel are the members of its Camunda group ({@code experts-union},
 * {@code experts-women}); an expert who is also a member of the applying unit's group is recused (回避).
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
                .filter(expert -> identityService
                                .createGroupQuery()
                                .groupMember(expert)
                                .groupId(unitGroup)
                                .count()
                        == 0)
                .toList();
    }
}
