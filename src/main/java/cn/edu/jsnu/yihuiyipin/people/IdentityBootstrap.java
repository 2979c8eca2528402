package cn.edu.jsnu.yihuiyipin.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.edu.jsnu.yihuiyipin.people.Roles.RoleGroup;
import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start in every profile, the groups the processes name, one group per active
 * grassroots unit, the role filters of Tasklist ({@link TasklistFilters}) and the authorizations the
 * roles need. Runs once the engine is built, before any HTTP request and in tests; Flyway has run by
 * then (the JPA transaction manager the engine uses waits for it), and the units are read with plain
 * JDBC so that nothing here depends on JPA. Idempotent: it adds what is missing and renames groups
 * whose name changed, never removes anything an admin added.
 *
 * <p>What is granted, and why nothing more (a unit user must see nothing of another unit):
 * <ul>
 * <li>APPLICATION {@code tasklist} ACCESS to every role group; Cockpit and Admin stay with
 * {@code camunda-admin}.</li>
 * <li>A tenant per channel (校工会渠道, 校妇联渠道), in which the units' brand-application and
 * brand-cultivation instances run ({@link ChannelTenantIdProvider}); its members are the channel's office,
 * expert panel and unit groups. Tenant membership grants nothing by itself: it only lets a member's
 * authorizations reach that channel's tasks, and keeps the other channel's out.</li>
 * <li>PROCESS_DEFINITION READ_TASK and TASK_ASSIGN on brand-application and brand-cultivation to each
 * office: with the tenant check, every task of its own channel, to find and hand on (not to complete).
 * One grant per definition, not one per task: see {@link ChannelTaskAuthorizations}.</li>
 * <li>PROCESS_DEFINITION READ on all definitions to the two offices: process names and diagrams in
 * Tasklist. Not to units and experts: with READ the statistics of Cockpit's API and of
 * {@code /engine-rest/process-definition/statistics} count every unit's instances per activity, so a
 * unit would learn how far the others are (Tasklist then shows no process name or diagram for them).
 * READ_HISTORY and READ_INSTANCE go to nobody: they open all instances, variables and history of a
 * definition, the other channel's included. CREATE_INSTANCE neither: only admins open rounds, and
 * Tasklist lists only what a user may start.</li>
 * <li>USER READ to the two offices: Tasklist's assignee field looks the user up before it hands a task
 * on, and offices are the ones who hand tasks on ({@link TaskHoldersPlugin}). Units and experts see no
 * user but themselves.</li>
 * <li>Nothing on process instances, history or variables to anyone: task READ and TASK_WORK come from the
 * engine with each task's candidate group or assignee, and through the task the form's variables.</li>
 * <li>FILTER READ for each role filter to the groups it serves.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityBootstrap extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final JdbcTemplate jdbc;

    IdentityBootstrap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try {
            apply(engine);
        } catch (RuntimeException e) {
            // nodes of a cluster starting together on an empty database race for the same rows; the
            // loser finds them on a second pass (each call commits on its own)
            log.warn("Identity bootstrap collided ({}), running it once more", e.getMessage());
            apply(engine);
        }
        new EarlierInstanceTenants(jdbc).assign();
    }

    /** Also run by {@link CamundaUnitGroups} when an admin adds or changes a unit, in the admin's transaction. */
    void apply(ProcessEngine engine) {
        List<UnitGroup> units = jdbc.query(
                "select group_id, name, channel from grassroots_unit where active = true order by sort_order, id",
                (rs, row) -> new UnitGroup(
                        new RoleGroup(rs.getString("group_id"), rs.getString("name")),
                        Channel.valueOf(rs.getString("channel"))));
        List<RoleGroup> unitGroups = units.stream().map(UnitGroup::group).toList();
        Grants grants = new Grants(engine.getAuthorizationService());
        IdentityService identity = engine.getIdentityService();

        List<String> roleGroups = new ArrayList<>();
        for (RoleGroup group : Roles.FIXED) {
            ensureGroup(identity, group);
            roleGroups.add(group.id());
        }
        for (RoleGroup unit : unitGroups) {
            ensureGroup(identity, unit);
            roleGroups.add(unit.id());
        }
        for (String group : roleGroups) {
            grants.grant(group, Resources.APPLICATION, Roles.TASKLIST, Permissions.ACCESS);
        }
        for (Channel channel : Channel.values()) {
            ensureTenant(identity, channel);
            Set<String> members = identity.createGroupQuery().memberOfTenant(channel.tenantId()).list().stream()
                    .map(Group::getId)
                    .collect(Collectors.toSet());
            Stream.concat(
                            Stream.of(channel.officeGroup(), channel.expertGroup()),
                            units.stream()
                                    .filter(unit -> unit.channel() == channel)
                                    .map(unit -> unit.group().id()))
                    .filter(group -> !members.contains(group))
                    .forEach(group -> identity.createTenantGroupMembership(channel.tenantId(), group));
            for (String definition : List.of(BrandApplicationProcess.KEY, BrandCultivationProcess.KEY)) {
                grants.grant(
                        channel.officeGroup(),
                        Resources.PROCESS_DEFINITION,
                        definition,
                        ProcessDefinitionPermissions.READ_TASK,
                        ProcessDefinitionPermissions.TASK_ASSIGN);
            }
        }
        for (String office : Roles.OFFICES) {
            grants.grant(office, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
            // Tasklist's assignee field accepts only a user it can look up; offices hand tasks on
            // (TaskHolders decides to whom), so they see the user list
            grants.grant(office, Resources.USER, Authorization.ANY, Permissions.READ);
        }

        Map<String, List<String>> filterReaders = new TasklistFilters(
                        engine.getFilterService(), engine.getTaskService())
                .ensure(unitGroups.stream().map(RoleGroup::id).toList());
        filterReaders.forEach((filterId, groups) ->
                groups.forEach(group -> grants.grant(group, Resources.FILTER, filterId, Permissions.READ)));
        log.info(
                "Identity: {} role groups ({} grassroots units), {} Tasklist filters, {} authorizations added",
                roleGroups.size(),
                unitGroups.size(),
                filterReaders.size(),
                grants.added());
    }

    private static void ensureTenant(IdentityService identity, Channel channel) {
        Tenant tenant =
                identity.createTenantQuery().tenantId(channel.tenantId()).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(channel.tenantId());
        } else if (channel.tenantName().equals(tenant.getName())) {
            return;
        }
        tenant.setName(channel.tenantName());
        identity.saveTenant(tenant);
    }

    private record UnitGroup(RoleGroup group, Channel channel) {}

    static void ensureGroup(IdentityService identity, RoleGroup wanted) {
        Group group = identity.createGroupQuery().groupId(wanted.id()).singleResult();
        if (group == null) {
            group = identity.newGroup(wanted.id());
        } else if (wanted.name().equals(group.getName()) && "WORKFLOW".equals(group.getType())) {
            return;
        }
        group.setName(wanted.name());
        group.setType("WORKFLOW");
        identity.saveGroup(group);
    }

    /** Adds GRANT authorizations for groups, merging permissions into an existing one. */
    static final class Grants {

        private final AuthorizationService authorizations;
        private int added;

        Grants(AuthorizationService authorizations) {
            this.authorizations = authorizations;
        }

        void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            Authorization existing = authorizations
                    .createAuthorizationQuery()
                    .authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(groupId)
                    .resourceType(resource)
                    .resourceId(resourceId)
                    .singleResult();
            Authorization authorization = existing;
            if (authorization == null) {
                authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(groupId);
                authorization.setResource(resource);
                authorization.setResourceId(resourceId);
            }
            boolean changed = existing == null;
            for (Permission permission : permissions) {
                if (!authorization.isPermissionGranted(permission)) {
                    authorization.addPermission(permission);
                    changed = true;
                }
            }
            if (changed) {
                authorizations.saveAuthorization(authorization);
                added++;
            }
        }

        int added() {
            return added;
        }
    }
}
