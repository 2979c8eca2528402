package cn.edu.jsnu.yihuiyipin.notices;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${taskEscalationListener}} on an office task's non-interrupting timer at its due date (逾期上报):
 * the task stays open, and the admins hear that it is overdue.
 */
@Component
public class TaskEscalationListener implements ExecutionListener {

    private final AttachedTasks attached;
    private final TaskNotices notices;

    TaskEscalationListener(AttachedTasks attached, TaskNotices notices) {
        this.attached = attached;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        attached.of(execution).forEach(task -> notices.overdue(task, false));
    }
}
