package cn.edu.jsnu.yihuiyipin.system;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user who completes, claims or submits a task never sees an {@link OptimisticLockingException}:
 * when the command collides with another transaction on the same rows (a job of another node, a
 * deadline timer, a colleague on the same task), it has been rolled back as a whole, the engine's
 * state and the application's JPA rows alike, and runs once more on fresh data, up to
 * {@value #ATTEMPTS} times. The second run either succeeds or fails for the real reason (the task
 * was completed or claimed meanwhile).
 *
 * <p>Only top-level task and form commands are retried: a command inside another command or inside
 * a caller's transaction cannot be re-run on its own, and the job executor handles its jobs' failures
 * itself (the job is tried again; its retries count down).
 */
@Component
class UserCommandRetry extends AbstractProcessEnginePlugin {

    static final int ATTEMPTS = 3;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new RetryOnCollision());
        configuration.setCustomPreCommandInterceptorsTxRequired(all);
    }

    /** Sits before the transaction interceptor, so each attempt is a transaction of its own. */
    static final class RetryOnCollision extends CommandInterceptor {

        private static final Logger log = LoggerFactory.getLogger(UserCommandRetry.class);

        /** What Tasklist and {@code /engine-rest} run for a user working on a task or a start form. */
        static final Set<Class<?>> USER_COMMANDS = Set.of(
                CompleteTaskCmd.class,
                SubmitTaskFormCmd.class,
                ClaimTaskCmd.class,
                AssignTaskCmd.class,
                DelegateTaskCmd.class,
                ResolveTaskCmd.class,
                SetTaskVariablesCmd.class,
                SubmitStartFormCmd.class);

        @Override
        public <T> T execute(Command<T> command) {
            if (!retryable(command)) {
                return next.execute(command);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return next.execute(command);
                } catch (ProcessEngineException e) {
                    if (attempt >= ATTEMPTS || !collision(e)) {
                        throw e;
                    }
                    log.info(
                            "{} collided with another transaction ({}); attempt {} of {}",
                            command.getClass().getSimpleName(),
                            e.getMessage(),
                            attempt + 1,
                            ATTEMPTS);
                    pause(attempt);
                }
            }
        }

        static boolean retryable(Command<?> command) {
            return USER_COMMANDS.contains(command.getClass())
                    && Context.getCommandContext() == null
                    && !TransactionSynchronizationManager.isActualTransactionActive();
        }

        /** An optimistic-locking failure, or a deadlock the database resolved by rolling this one back. */
        static boolean collision(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingException) {
                    return true;
                }
                if (cause instanceof SQLException sql
                        && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                    return true;
                }
            }
            return false;
        }

        /** A short random pause, so two colliding nodes do not collide again in step. */
        private static void pause(int attempt) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt + 10));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
