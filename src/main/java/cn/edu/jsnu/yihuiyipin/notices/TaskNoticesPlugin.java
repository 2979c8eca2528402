package cn.edu.jsnu.yihuiyipin.notices;

import cn.edu.jsnu.yihuiyipin.system.UserTaskListeners;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model tells its holders when it opens, and the people above them when its
 * deadline closes it undone (a built-in {@code create} and {@code delete} listener; see {@link
 * TaskNotices}). Ordered after people/TaskTitles, so the task already carries its Tasklist title, and
 * before system/StartupLock, which must run last.
 * A notice that cannot be written is logged and never fails the task.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class TaskNoticesPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskNoticesPlugin.class);

    private final ObjectProvider<TaskNotices> notices;

    TaskNoticesPlugin(ObjectProvider<TaskNotices> notices) {
        this.notices = notices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.addToEveryUserTask(
                configuration, this::notify, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_DELETE);
    }

    private void notify(DelegateTask task) {
        try {
            TaskNotices.TaskView view = view(task);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                notices.getObject().created(view);
            } else {
                notices.getObject().overdue(view, true);
            }
        } catch (RuntimeException e) {
            log.warn("Notice for task {} ({}) not written: {}", task.getId(), task.getEventName(), e.toString());
        }
    }

    static TaskNotices.TaskView view(DelegateTask task) {
        return TaskNotices.TaskView.of(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getDueDate(),
                task.getAssignee(),
                task.getCandidates());
    }
}
