package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.system.UserTaskListeners;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may hold a task, in three parts: assignees and candidates get TASK_WORK instead of the engine's
 * default UPDATE (claim and complete, but no reassigning, delegating or changing candidates); offices
 * get TASK_ASSIGN on their channel's tasks ({@link ChannelTaskAuthorizations}); and every user task
 * checks whoever it is handed to ({@link TaskHolders}).
 */
@Component
class TaskHoldersPlugin extends AbstractProcessEnginePlugin {

    // looked up when a task runs: the identity service is not ready while the engine is being built
    private final ObjectProvider<TaskHolders> holders;

    TaskHoldersPlugin(ObjectProvider<TaskHolders> holders) {
        this.holders = holders;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setResourceAuthorizationProvider(new ChannelTaskAuthorizations());
        UserTaskListeners.addToEveryUserTask(
                configuration, task -> holders.getObject().assigned(task), TaskListener.EVENTNAME_ASSIGNMENT);
        UserTaskListeners.addToEveryUserTask(
                configuration, task -> holders.getObject().updated(task), TaskListener.EVENTNAME_UPDATE);
    }
}
