package cn.edu.jsnu.yihuiyipin.notices;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * The open tasks a boundary timer watches: the tasks of the activity it is attached to in this process
 * instance (for a multi-instance review, every expert's). Two parallel instances of one task (the
 * channels' 立项公示审定) each find both; the notices' causes keep each person's notice single.
 */
@Component
class AttachedTasks {

    private final TaskService tasks;

    AttachedTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    List<TaskNotices.TaskView> of(DelegateExecution timer) {
        if (!(timer.getBpmnModelElementInstance() instanceof BoundaryEvent boundary)) {
            throw new IllegalStateException("提醒监听器只能用在任务的边界定时事件上：" + timer.getCurrentActivityId());
        }
        return tasks
                .createTaskQuery()
                .processInstanceId(timer.getProcessInstanceId())
                .taskDefinitionKey(boundary.getAttachedTo().getId())
                .active()
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    private TaskNotices.TaskView view(Task task) {
        return TaskNotices.TaskView.of(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getDueDate(),
                task.getAssignee(),
                tasks.getIdentityLinksForTask(task.getId()));
    }
}
