package cn.edu.jsnu.yihuiyipin.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * How the pages name people: “王磊（wxy-gh）” from the Camunda user profile, so a reader sees a person, not
 * an account id; looked up in one query per page.
 */
@Component
public class PersonNames {

    private final IdentityService identityService;

    PersonNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The display names of these users; an unknown id (a group, a removed user) stays as it is. */
    public Names of(Collection<String> userIds) {
        Map<String, String> byId = new HashMap<>();
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length > 0) {
            for (User user : identityService.createUserQuery().userIdIn(ids).list()) {
                String name = fullName(user);
                byId.put(user.getId(), name.isEmpty() ? user.getId() : name + "（" + user.getId() + "）");
            }
        }
        return new Names(byId);
    }

    /** “王 磊” from the profile's first and last name; empty when the profile has neither. */
    public static String fullName(User user) {
        return (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
    }

    /** Names looked up for one page. */
    public static final class Names {

        private final Map<String, String> byId;

        Names(Map<String, String> byId) {
            this.byId = Map.copyOf(byId);
        }

        public String of(String userId) {
            return userId == null ? null : byId.getOrDefault(userId, userId);
        }
    }
}
