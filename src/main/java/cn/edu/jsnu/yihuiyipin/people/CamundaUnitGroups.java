package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.people.Roles.RoleGroup;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

/**
 * A grassroots unit's Camunda group, kept in step with the unit at once (no restart): created with the
 * Tasklist access and filters every unit group gets, or renamed. Runs in the caller's transaction, so a
 * unit change and its group change commit or fail together.
 */
@Service
public class CamundaUnitGroups {

    private final ProcessEngine engine;
    private final IdentityBootstrap bootstrap;

    CamundaUnitGroups(ProcessEngine engine, IdentityBootstrap bootstrap) {
        this.engine = engine;
        this.bootstrap = bootstrap;
    }

    /**
     * Creates or renames the group {@code groupId}, then gives every active unit's group what the start
     * gives it (Tasklist access, the unit filters). An inactive unit's group keeps its members and only
     * follows the name: its people still see their past projects.
     */
    public void synchronize(String groupId, String name) {
        IdentityBootstrap.ensureGroup(engine.getIdentityService(), new RoleGroup(groupId, name));
        bootstrap.apply(engine);
    }
}
