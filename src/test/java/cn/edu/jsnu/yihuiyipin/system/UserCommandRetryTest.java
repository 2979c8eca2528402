package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.*;

import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real collision: while a task is being completed, another transaction (another node, say)
 * changes the same execution and task, so the completion's update finds a newer revision and the
 * engine throws an {@link OptimisticLockingException}. {@link UserCommandRetry} runs the completion
 * once more and the user sees success; inside a caller's own transaction it does not.
 */
class UserCommandRetryTest extends ProcessScenarioTest {

    static final String PROCESS_KEY = "collision-check";

    /** How often the listener ran, and whether its next run should collide. */
    static final AtomicInteger calls = new AtomicInteger();

    static volatile boolean collideNextTime;
    static volatile RuntimeService runtime;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TransactionTemplate transactions;

    /** On its first run, has another thread suspend and re-activate the instance, which commits at once. */
    public static class CollidingListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            calls.incrementAndGet();
            if (collideNextTime) {
                collideNextTime = false;
                String instanceId = task.getProcessInstanceId();
                CompletableFuture.runAsync(() -> {
                            runtime.suspendProcessInstanceById(instanceId);
                            runtime.activateProcessInstanceById(instanceId);
                        })
                        .join();
            }
        }
    }

    @BeforeEach
    void deploy() {
        runtime = runtimeService;
        calls.set(0);
        collideNextTime = true;
        repositoryService
                .createDeployment()
                .name(PROCESS_KEY)
                .enableDuplicateFiltering(true)
                .addModelInstance(
                        PROCESS_KEY + ".bpmn",
                        Bpmn.createExecutableProcess(PROCESS_KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent("StartEvent_Collision")
                                .userTask("Task_Collide")
                                .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, CollidingListener.class)
                                .endEvent("EndEvent_Collision")
                                .done())
                .deploy();
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void aCompletionThatCollidesIsRunOnceMore_andSucceeds() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);

        taskService.complete(task(instance).getId());

        assertThat(calls)
                .as("the first run collided and was rolled back, the second went through")
                .hasValue(2);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void insideTheCallersTransactionTheCollisionIsTheCallersToHandle() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> taskService.complete(taskId)))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(calls).hasValue(1);
        assertThat(task(instance)).as("rolled back: the task is still open").isNotNull();
    }
}
