package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.ADJUSTMENT_DUE_DATE;

import cn.edu.jsnu.yihuiyipin.system.ProcessDates;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The date by which the unit must hand in its adjusted plan: {@code yihui.application.revision-days}
 * from each request, so a plan the office sends back after the first due date gets its days again
 * instead of ending at once as 逾期未调整, and one unit that never adjusts cannot hold up the round.
 */
@Component
class AdjustmentDeadline {

    private final ApplicationProperties properties;
    private final Clock clock;

    AdjustmentDeadline(ApplicationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void startFromNow(DelegateExecution execution) {
        ADJUSTMENT_DUE_DATE.set(
                execution, ProcessDates.toDate(LocalDateTime.now(clock).plusDays(properties.revisionDays())));
    }
}
