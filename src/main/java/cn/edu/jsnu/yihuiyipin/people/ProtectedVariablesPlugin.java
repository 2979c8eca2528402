package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.system.UserTaskListeners;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every user task of every process checks {@link ProtectedVariables} when it is created and completed. */
@Component
class ProtectedVariablesPlugin extends AbstractProcessEnginePlugin {

    // looked up when a task runs: the repositories are not ready while the engine is being built
    private final ObjectProvider<ProtectedVariables> guard;

    ProtectedVariablesPlugin(ObjectProvider<ProtectedVariables> guard) {
        this.guard = guard;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.addToEveryUserTask(
                configuration,
                task -> guard.getObject().check(task),
                TaskListener.EVENTNAME_CREATE,
                TaskListener.EVENTNAME_COMPLETE);
    }
}
