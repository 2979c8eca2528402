package cn.edu.jsnu.yihuiyipin.people;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/** Users for the web tests, which run in the RANDOM_PORT context beside WebEndpointsTest. */
public final class TestPeople {

    private TestPeople() {}

    public static String password(String userId) {
        return "pw-" + userId;
    }

    /** Creates the user if missing (password {@link #password}) and adds it to the groups the bootstrap made. */
    /**
     * Acts as {@code userId} with the groups and tenants the identity service knows, as the webapps and
     * REST do when the user signs in (the channel tenants come through the user's groups).
     */
    public static void authenticate(IdentityService identity, String userId) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        List<String> tenants =
                identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId)
                        .toList();
        identity.setAuthentication(userId, groups, tenants);
    }

    public static void user(IdentityService identity, String userId, String role, String... groups) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(role);
            user.setLastName("测试");
            user.setPassword(password(userId));
            identity.saveUser(user);
        }
        for (String group : groups) {
            if (identity.createGroupQuery().groupId(group).groupMember(userId).count() == 0) {
                identity.createMembership(userId, group);
            }
        }
    }

    /**
     * Test-only READ on a process definition for one user, because the process-coverage listener of the
     * test contexts ({@code ElementCoverageParseListener}) looks the definition up with the current
     * user's authorizations while that user completes a task; the application itself needs no such
     * grant (units complete their tasks without it). Removed by {@link #forget}.
     */
    static void letCoverageListenerReadDefinition(
            AuthorizationService authorizations, String userId, String processKey) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(processKey);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }

    /** Deletes the users with their memberships and every authorization given to them. */
    public static void forget(IdentityService identity, AuthorizationService authorizations, String... userIds) {
        for (String userId : userIds) {
            authorizations
                    .createAuthorizationQuery()
                    .userIdIn(userId)
                    .list()
                    .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
            identity.deleteUser(userId);
        }
    }
}
