package cn.edu.jsnu.yihuiyipin.demo;

import cn.edu.jsnu.yihuiyipin.people.IdentityBootstrap;
import cn.edu.jsnu.yihuiyipin.people.Roles;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
        log.info("Demo organisation: {} users ({} new), password '{}'", USERS.size(), created, PASSWORD);
    }
}
