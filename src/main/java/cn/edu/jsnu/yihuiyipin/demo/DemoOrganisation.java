package cn.edu.jsnu.yihuiyipin.demo;

import cn.edu.jsnu.yihuiyipin.people.IdentityBootstrap;
import cn.edu.jsnu.yihuiyipin.people.Roles;
import cn.edu.jsnu.yihuiyipin.process.DemoTimeProcess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one user per role, all with the password {@value #PASSWORD} (README, “People,
 * roles and demo logins”). Runs after {@link IdentityBootstrap} has made the groups; adds what is
 * missing on every start and leaves users an admin changed alone.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoOrganisation extends AbstractProcessEnginePlugin {

    static final String PASSWORD = "demo";
    static final String DEMO_TIME_FILTER = "演示时间";

    /** id, role (shown as first name), person (last name), groups. */
    record DemoUser(String id, String role, String person, List<String> groups) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("gh-office", "校工会干事", "张敏", List.of(Roles.UNION_OFFICE)),
            new DemoUser("fl-office", "校妇联干事", "李静", List.of(Roles.WOMEN_OFFICE)),
            new DemoUser("wxy-gh", "文学院分工会主席", "王磊", List.of("unit-wxy-gh")),
            new DemoUser("wgy-fw", "外国语学院妇委会主任", "赵丽", List.of("unit-wgy-fw")),
            new DemoUser("zj-gh1", "校工会评审专家", "陈教授", List.of(Roles.EXPERTS_UNION)),
            new DemoUser("zj-gh2", "校工会评审专家", "刘教授", List.of(Roles.EXPERTS_UNION)),
            // also a member of 文学院分工会: recused (回避) from its application, reviews the others
            new DemoUser("zj-gh3", "校工会评审专家（文学院）", "周教授", List.of(Roles.EXPERTS_UNION, "unit-wxy-gh")),
            new DemoUser("zj-fl1", "校妇联评审专家", "孙教授", List.of(Roles.EXPERTS_WOMEN)),
            new DemoUser("zj-fl2", "校妇联评审专家", "吴教授", List.of(Roles.EXPERTS_WOMEN)));

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        int created = 0;
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.role());
                user.setLastName(demo.person());
                user.setEmail(demo.id() + "@demo.jsnu.edu.cn");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                created++;
            }
            for (String group : demo.groups()) {
                if (identity.createGroupQuery()
                                .groupId(group)
                                .groupMember(demo.id())
                                .count()
                        == 0) {
                    identity.createMembership(demo.id(), group);
                }
            }
        }
        demoTimeFilter(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
        log.info("Demo organisation: {} users ({} new), password '{}'", USERS.size(), created, PASSWORD);
    }

    /**
     * The admin's first Tasklist screen: 演示时间, with 演示：进入下一阶段, before every role's own filter
     * (admins read every filter). Made once, found again by its name.
     */
    private static void demoTimeFilter(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        if (filters.createTaskFilterQuery().filterName(DEMO_TIME_FILTER).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(DEMO_TIME_FILTER);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", "演示环境：管理员推进演示时间（进入下一阶段）");
        properties.put("priority", -10);
        properties.put("color", "#ef6c00");
        properties.put("refresh", true);
        filter.setProperties(properties);
        filter.setQuery(tasks.createTaskQuery().processDefinitionKey(DemoTimeProcess.KEY));
        String id = filters.saveFilter(filter).getId();
        // admins read every filter anyway; the grant keeps "every filter is granted to whom it is for" true
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(Groups.CAMUNDA_ADMIN);
        read.setResource(Resources.FILTER);
        read.setResourceId(id);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
    }
}
