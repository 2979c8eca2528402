package cn.edu.jsnu.yihuiyipin.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed process a built-in listener, from a process engine
 * plugin's {@code preInit}: behaviour all tasks share, kept out of the models designers edit.
 */
public final class UserTaskListeners {

    private UserTaskListeners() {}

    public static void addToEveryUserTask(
            ProcessEngineConfigurationImpl configuration, TaskListener listener, String... events) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    for (String event : events) {
                        behavior.getTaskDefinition().addBuiltInTaskListener(event, listener);
                    }
                }
            }
        });
    }
}
