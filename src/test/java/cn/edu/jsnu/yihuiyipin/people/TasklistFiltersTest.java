package cn.edu.jsnu.yihuiyipin.people;

import static org.assertj.core.api.Assertions.*;

import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twins of a role filter, as two nodes starting together on an empty database made them before the
 * start-up lock, are removed with their grants on the next start and the one kept is granted again; a
 * filter a user saved under the same name is not touched.
 */
class TasklistFiltersTest extends ProcessScenarioTest {

    @Autowired
    FilterService filterService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityBootstrap identityBootstrap;

    private List<Filter> named(String name) {
        return filterService.createTaskFilterQuery().filterName(name).list();
    }

    private long grants(String filterId) {
        return authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .count();
    }

    @Test
    void twinsFromAnEarlierRaceAreRemoved_aUsersOwnFilterStays() {
        String original = named(TasklistFilters.MINE).get(0).getId();
        Filter twin = filterService.saveFilter(filterService
                .newTaskFilter(TasklistFilters.MINE)
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("union-office");
        grant.setResource(Resources.FILTER);
        grant.setResourceId(twin.getId());
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
        Filter usersOwn = filterService.saveFilter(filterService
                .newTaskFilter(TasklistFilters.MINE)
                .setOwner("tf-user")
                .setQuery(taskService.createTaskQuery().taskAssignee("tf-user")));
        try {
            identityBootstrap.postProcessEngineBuild(engine);

            List<Filter> roleFilters = named(TasklistFilters.MINE).stream()
                    .filter(f -> f.getOwner() == null)
                    .toList();
            assertThat(roleFilters).hasSize(1);
            String kept = roleFilters.get(0).getId();
            String removed = kept.equals(original) ? twin.getId() : original;
            assertThat(List.of(original, twin.getId())).contains(kept);
            assertThat(filterService.getFilter(removed)).isNull();
            assertThat(grants(removed)).as("the twin's grants go with it").isZero();
            assertThat(authorizationService
                            .createAuthorizationQuery()
                            .resourceType(Resources.FILTER)
                            .resourceId(kept)
                            .groupIdIn("union-office", "unit-wxy-gh")
                            .count())
                    .as("the filter kept is granted to every role")
                    .isEqualTo(2);
            assertThat(filterService.getFilter(usersOwn.getId())).isNotNull();
            assertThat(named(TasklistFilters.MINE)).hasSize(2);
        } finally {
            filterService.deleteFilter(usersOwn.getId());
        }
    }
}
