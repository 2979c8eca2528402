package cn.edu.jsnu.yihuiyipin.support;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_YEAR;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test-only delegates of the real-time context (the models that use them are deployed by the tests). */
@TestConfiguration(proxyBeanMethods = false)
public class RealTimeProbes {

    @Bean
    WriteThenFail writeThenFail(RoundStatusService roundStatus) {
        return new WriteThenFail(roundStatus);
    }

    @Bean
    Rendezvous rendezvous() {
        return new Rendezvous();
    }

    /**
     * Writes rows through the application's JPA services (a {@code brand_round} of {@code roundYear} and
     * its first {@code round_status_change}), then fails while {@link #failing} is set: as a step does
     * whose outside cause (a mail server, an empty panel) is away.
     */
    public static class WriteThenFail implements JavaDelegate {

        private final RoundStatusService roundStatus;
        private volatile boolean failing = true;

        WriteThenFail(RoundStatusService roundStatus) {
            this.roundStatus = roundStatus;
        }

        public void failing(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int year = ROUND_YEAR.get(execution);
            roundStatus.open(
                    new BrandRound(
                            year,
                            BigDecimal.ONE,
                            new RoundSchedule(
                                    LocalDateTime.of(year, 3, 31, 23, 59, 59),
                                    LocalDateTime.of(year, 4, 1, 8, 0),
                                    LocalDateTime.of(year, 4, 30, 23, 59, 59),
                                    LocalDateTime.of(year + 1, 1, 5, 8, 0),
                                    LocalDateTime.of(year + 1, 1, 31, 23, 59, 59))),
                    "written before the failure");
            if (failing) {
                throw new IllegalStateException("外部服务暂不可用（测试）");
            }
        }
    }

    /**
     * Holds the first two executions until both are running, so two parallel branches reach their join
     * in the same moment and one of them loses the race (OptimisticLockingException); later executions
     * pass straight through.
     */
    public static class Rendezvous implements JavaDelegate {

        private final CyclicBarrier bothRunning = new CyclicBarrier(2);
        private final AtomicInteger executions = new AtomicInteger();

        public int executions() {
            return executions.get();
        }

        @Override
        public void execute(DelegateExecution execution) throws InterruptedException {
            if (executions.incrementAndGet() <= 2) {
                try {
                    bothRunning.await(20, TimeUnit.SECONDS);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other branch never ran alongside", e);
                }
            }
        }
    }
}
