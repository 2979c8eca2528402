package cn.edu.jsnu.yihuiyipin.notices;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People as Camunda knows them: a group's members, a user's name and e-mail address. */
@Component
class NoticeRecipients {

    static final String ADMINS = "camunda-admin";

    private final IdentityService identity;

    NoticeRecipients(IdentityService identity) {
        this.identity = identity;
    }

    /** The members of the groups, each once, in a stable order. */
    Set<String> membersOf(Collection<String> groups) {
        Set<String> users = new LinkedHashSet<>();
        for (String group : groups) {
            identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                    .map(User::getId)
                    .forEach(users::add);
        }
        return users;
    }

    Optional<User> user(String userId) {
        return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult());
    }

    /**
     * How a mail greets the person: the last name field, which holds the whole name (王磊) as the demo
     * and the admin setup write it (the first name field holds the role there), else the first name, else the id.
     */
    static String displayName(Optional<User> user, String userId) {
        return user.map(u -> !nullToEmpty(u.getLastName()).isBlank()
                        ? u.getLastName().strip()
                        : !nullToEmpty(u.getFirstName()).isBlank()
                                ? u.getFirstName().strip()
                                : userId)
                .orElse(userId);
    }

    /** Groups whose members are experts or office staff: their new tasks come in a daily digest. */
    boolean digestsNewTasks(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .anyMatch(g -> g.getId().endsWith("-office") || g.getId().startsWith("experts-"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
