package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.OFFICE_GROUP;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's task authorizations, plus what an office needs to hand work over inside its channel:
 * READ and TASK_ASSIGN (assign, unclaim, delegate, candidates; not complete) on every task of its
 * channel (the units' tasks, its own, the experts' reviews), and TASK_ASSIGN besides the engine's READ and
 * TASK_WORK wherever an office is a candidate group. For the units' instances, which run in their
 * channel's tenant ({@link ChannelTenantIdProvider}), READ and TASK_ASSIGN come from one grant per process
 * definition ({@link IdentityBootstrap}) and the tenant check: a grant per task would make the office's
 * grants, and Camunda's authorization join, grow with the open tasks. Only a task without a tenant (an
 * instance started before tenants existed) still gets a grant of its own, for the process whose
 * {@code officeGroup} the office is. Who it may hand a task to is {@link TaskHolders}' rule. Assignees
 * and candidates get the engine's default, TASK_WORK ({@link TaskHoldersPlugin}): claim and complete,
 * nothing more. Everything granted on a task goes with it: the engine deletes a task's authorizations
 * with the task.
 */
class ChannelTaskAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTask(Task task) {
        if (!(task instanceof TaskEntity entity)
                || entity.getExecution() == null
                || entity.getExecution().getTenantId() != null) {
            return super.newTask(task);
        }
        return OFFICE_GROUP
                .find(entity.getExecution())
                .filter(Roles.OFFICES::contains)
                .map(office -> new AuthorizationEntity[] {
                    createAuthorization(
                            null, office, Resources.TASK, task.getId(), Permissions.READ, TaskPermissions.TASK_ASSIGN)
                })
                .orElse(null);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        AuthorizationEntity[] granted = super.newTaskGroupIdentityLink(task, groupId, type);
        if (granted != null && Roles.OFFICES.contains(groupId)) {
            for (AuthorizationEntity authorization : granted) {
                if (authorization.getResourceType() == Resources.TASK.resourceType()) {
                    // the engine merges with the grant newTask made in this command by taking that one's
                    // permissions, so the candidate's own are added again
                    authorization.addPermission(Permissions.READ);
                    authorization.addPermission(getDefaultUserPermissionForTask());
                    authorization.addPermission(TaskPermissions.TASK_ASSIGN);
                }
            }
        }
        return granted;
    }
}
