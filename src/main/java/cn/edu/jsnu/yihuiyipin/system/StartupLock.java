package cn.edu.jsnu.yihuiyipin.system;

import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time through the engine plugins that create what must exist once: the
 * groups, authorizations and Tasklist filters ({@code people.IdentityBootstrap}), the demo users
 * and the starter's admin user. Nodes starting together on an empty database would otherwise both
 * find a filter missing and both create it (filters have no unique key), or collide on a group's or
 * an authorization's key and fail to start. The {@link DatabaseLock} {@code startup} is taken when
 * the engine's configuration is ready ({@code postInit}, before any plugin's
 * {@code postProcessEngineBuild}) and let go by this plugin's own {@code postProcessEngineBuild},
 * which runs last: every other plugin is ordered before {@link Ordered#LOWEST_PRECEDENCE} or ties
 * with it and creates nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** Far longer than any start-up takes; a node that waits this long fails with the reason. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private DatabaseLock lock;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        long started = System.nanoTime();
        lock = DatabaseLock.acquire(dataSource, "startup", PATIENCE);
        log.info(
                "Startup lock taken after {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    /** A start-up that failed after {@code postInit} lets the other nodes in when its context closes. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (lock != null) {
            lock.close();
            lock = null;
            log.info("Startup lock released");
        }
    }
}
