package cn.edu.jsnu.yihuiyipin.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's jobs as tests drive them (the test profile runs no job executor): an instance's
 * async continuations, and the one job waiting at an activity, to fire a timer or check its due date.
 * Found by component scanning in every test context; static helpers make one with {@code new Jobs(...)}.
 */
@Component
public class Jobs {

    private final ManagementService managementService;

    public Jobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** Runs, once each, the instance's pending async continuations (not its timers); returns how many ran. */
    public int runAsyncContinuations(String processInstanceId) {
        List<Job> continuations = managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .messages()
                .list();
        continuations.forEach(job -> managementService.executeJob(job.getId()));
        return continuations.size();
    }

    /**
     * Runs the instance's async continuations until none is left: each may leave the next (the last
     * expert's review continues the multi-instance, a child's end continues its parent).
     */
    public void runAsyncContinuationsUntilNone(String processInstanceId) {
        while (runAsyncContinuations(processInstanceId) > 0) {
            // the next round of continuations, if the last one left any
        }
    }

    /** The job waiting at the activity (a timer event or an async step) of the instance; null if there is none. */
    public Job at(String activityId, ProcessInstance processInstance) {
        return managementService
                .createJobQuery()
                .processInstanceId(processInstance.getId())
                .activityId(activityId)
                .singleResult();
    }
}
