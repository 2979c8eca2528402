package cn.edu.jsnu.yihuiyipin.demo;

import static cn.edu.jsnu.yihuiyipin.process.DemoTimeProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 触发下一阶段计时事件 ({@code Task_FireNextPhase} of demo-time), after the admin completed
 * 演示：进入下一阶段. Sets {@code demoRoundOpen}; with a round open, it fires the round's next phase
 * ({@link DemoClock#advance()}) once the admin's completion has committed, still within the admin's
 * request, because each timer must commit on its own as at its real date; then it writes what happened
 * ({@code demoLastStep}) and what comes next ({@code demoNextStep}) into the process, where the admin's
 * next 演示：进入下一阶段 shows them.
 */
@Component
@Profile("demo")
class AdvanceDemoDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AdvanceDemoDelegate.class);

    private final DemoClock clock;
    private final RuntimeService runtime;
    private final TransactionTemplate ownTransaction;

    AdvanceDemoDelegate(DemoClock clock, RuntimeService runtime, PlatformTransactionManager transactionManager) {
        this.clock = clock;
        this.runtime = runtime;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean open = clock.hasOpenRound();
        ROUND_OPEN.set(execution, open);
        if (!open) {
            LAST_STEP.set(execution, "没有进行中的年度：演示时间结束。");
            return;
        }
        String demo = execution.getProcessInstanceId();
        LAST_STEP.set(execution, "正在进入下一阶段……（如长时间未更新，请刷新页面）");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                advanceAndRecord(demo);
            }
        });
    }

    private void advanceAndRecord(String demo) {
        String last;
        try {
            last = clock.advance().markdown();
        } catch (RuntimeException e) {
            log.error("Demo time: the next phase failed", e);
            last = "**进入下一阶段失败**\n\n" + e.getMessage();
        }
        String next = clock.preview();
        String lastStep = last;
        ownTransaction.executeWithoutResult(
                status -> runtime.setVariables(demo, Map.of(LAST_STEP.name(), lastStep, NEXT_STEP.name(), next)));
    }
}
