package cn.edu.jsnu.yihuiyipin.notices;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${taskReminderListener}} on a task's non-interrupting reminder timer (到期提醒): reminds the
 * holders of the task it is attached to (see {@link TaskReminders} for when it fires).
 */
@Component
public class TaskReminderListener implements ExecutionListener {

    private final AttachedTasks attached;
    private final TaskNotices notices;

    TaskReminderListener(AttachedTasks attached, TaskNotices notices) {
        this.attached = attached;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        attached.of(execution).forEach(notices::remind);
    }
}
