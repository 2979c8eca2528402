package cn.edu.jsnu.yihuiyipin.system;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a failed job is retried. Every timer and asynchronous step (分配评审专家, 分派验收专家, the yearly
 * start, the continuations after each review) is tried again on {@code yihui.jobs.retry-cycle}
 * (R3/PT5M: three tries, five minutes apart), so a cause outside the process (an empty expert panel,
 * a database that was briefly away) gets time to be fixed, and after the last try the job becomes an
 * incident in Cockpit that an admin retries. A model may still set its own
 * {@code camunda:failedJobRetryTimeCycle} on an element.
 * <p>
 * A job that lost a race with another transaction (OptimisticLockingException: two experts'
 * continuations, two nodes) has not failed: it is run again at once and keeps its retries, where the
 * cycle alone would hold it back five minutes.
 */
@Component
class JobRetryPolicy extends AbstractProcessEnginePlugin {

    private final String retryCycle;

    JobRetryPolicy(@Value("${yihui.jobs.retry-cycle:R3/PT5M}") String retryCycle) {
        this.retryCycle = retryCycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobRetryTimeCycle(retryCycle);
        configuration.setFailedJobCommandFactory(new RetryConflictsAtOnce());
    }

    static final class RetryConflictsAtOnce implements FailedJobCommandFactory {

        @Override
        public Command<Object> getCommand(String jobId, Throwable failure) {
            return isConflict(failure) ? new RetryAtOnce(jobId, failure) : new DefaultJobRetryCmd(jobId, failure);
        }

        static boolean isConflict(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingException) {
                    return true;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return false;
        }
    }

    /** Unlocks the job with its due date and retries unchanged, and wakes the job executor. */
    static final class RetryAtOnce extends JobRetryCmd {

        RetryAtOnce(String jobId, Throwable failure) {
            super(jobId, failure);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job != null) {
                job.unlock();
                notifyAcquisition(commandContext);
            }
            return null;
        }
    }
}
