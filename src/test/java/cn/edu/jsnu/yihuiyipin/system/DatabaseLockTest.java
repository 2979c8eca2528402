package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.*;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lock nodes take turns with: a second holder waits until the first lets go, also past the
 * database's own lock timeout, and gives up with the reason when its patience runs out. On H2 with a
 * short lock timeout; the two-node test on MariaDB ({@code cluster.ReliabilityIT}) shows it between
 * JVMs.
 */
class DatabaseLockTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void database() throws Exception {
        dataSource = new JdbcDataSource();
        // H2 gives up waiting for a row lock after 200 ms, so the lock's own retry is exercised
        dataSource.setURL("jdbc:h2:mem:lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table app_lock (name varchar(64) not null primary key)");
            statement.execute("insert into app_lock (name) values ('startup')");
        }
    }

    @Test
    void aSecondHolderWaitsUntilTheFirstLetsGo() throws Exception {
        DatabaseLock first = DatabaseLock.acquire(dataSource, "startup", Duration.ofSeconds(5));
        CompletableFuture<DatabaseLock> second = CompletableFuture.supplyAsync(
                () -> DatabaseLock.acquire(dataSource, "startup", Duration.ofSeconds(30)));

        // longer than H2's lock timeout: the second one keeps trying instead of failing
        Thread.sleep(800);
        assertThat(second).as("still waiting while the first holds the lock").isNotDone();

        first.close();
        DatabaseLock taken = second.get(10, TimeUnit.SECONDS);
        taken.close();
        taken.close();
    }

    @Test
    void aHolderThatWaitsTooLongFailsWithTheReason() {
        try (DatabaseLock held = DatabaseLock.acquire(dataSource, "startup", Duration.ofSeconds(5))) {
            CompletableFuture<DatabaseLock> impatient = CompletableFuture.supplyAsync(
                    () -> DatabaseLock.acquire(dataSource, "startup", Duration.ofMillis(300)));

            assertThatThrownBy(() -> impatient.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("数据库锁 startup 无法获得");
        }
    }

    @Test
    void anUnknownLockIsAnError() {
        assertThatThrownBy(() -> DatabaseLock.acquire(dataSource, "nothing", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no row 'nothing'");
    }

    @Test
    void theStartupLockIsHeldFromTheEngineConfigurationToTheLastPlugin() throws Exception {
        StartupLock plugin = new StartupLock(dataSource);
        plugin.postInit(null);
        CompletableFuture<DatabaseLock> otherNode = CompletableFuture.supplyAsync(
                () -> DatabaseLock.acquire(dataSource, "startup", Duration.ofSeconds(30)));
        Thread.sleep(500);
        assertThat(otherNode)
                .as("another node waits while this one runs its plugins")
                .isNotDone();

        plugin.postProcessEngineBuild(null);
        otherNode.get(10, TimeUnit.SECONDS).close();
        // a failed start-up releases on close; after the release this does nothing
        plugin.destroy();
    }
}
