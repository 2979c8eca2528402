package cn.edu.jsnu.yihuiyipin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Fires a task's reminder (到期提醒, {@code Timer_Remind_<Task>}) or escalation timer (逾期上报,
 * {@code Timer_Escalate_<Task>}) through the job API, and checks that the task is still open after it:
 * both timers are non-interrupting.
 */
public final class NoticeTimers {

    private final ManagementService managementService;
    private final TaskService taskService;

    public NoticeTimers(ManagementService managementService, TaskService taskService) {
        this.managementService = managementService;
        this.taskService = taskService;
    }

    public void remind(ProcessInstance pi, String taskKey) {
        fire(pi, taskKey, "Timer_Remind_" + taskKey.substring("Task_".length()));
    }

    public void escalate(ProcessInstance pi, String taskKey) {
        fire(pi, taskKey, "Timer_Escalate_" + taskKey.substring("Task_".length()));
    }

    private void fire(ProcessInstance pi, String taskKey, String timerId) {
        List<Task> before = open(pi, taskKey);
        List<Job> timers = managementService
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(timerId)
                .list();
        assertThat(timers).as("timer %s on %s", timerId, taskKey).isNotEmpty();
        timers.forEach(job -> managementService.executeJob(job.getId()));
        assertThat(open(pi, taskKey))
                .as("%s is non-interrupting: %s stays open", timerId, taskKey)
                .extracting(Task::getId)
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(Task::getId).toList());
    }

    private List<Task> open(ProcessInstance pi, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }
}
