package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable;
import cn.edu.jsnu.yihuiyipin.support.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two nodes starting together on an empty MariaDB database: Flyway runs on one, then on the other. */
@ExtendWith(MariaDbAvailable.class)
class MigrationLockTest {

    @Test
    void aNodeMigratesOnlyOnceTheOtherHasLetGo() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            DataSource dataSource = new DriverManagerDataSource(
                    database.jdbcUrl(), MariaDbAvailable.user(), MariaDbAvailable.password());
            FlywayMigrationStrategy strategy = new MigrationLock().oneNodeMigratesAtATime(dataSource);

            try (Connection otherNode = dataSource.getConnection()) {
                assertThat(single(otherNode, "select get_lock('" + MigrationLock.lockName(otherNode) + "', 0)"))
                        .isOne();
                CompletableFuture<Void> migration =
                        CompletableFuture.runAsync(() -> strategy.migrate(flyway(dataSource)));
                Thread.sleep(1500);
                assertThat(migration).as("waits while the other node migrates").isNotDone();
                assertThat(historyRows(otherNode)).as("nothing migrated yet").isEqualTo(-1);

                single(otherNode, "select release_lock('" + MigrationLock.lockName(otherNode) + "')");
                migration.get(2, TimeUnit.MINUTES);
                assertThat(historyRows(otherNode)).isPositive();
            }
            // a second node finds everything done and changes nothing
            try (Connection check = dataSource.getConnection()) {
                int rows = historyRows(check);
                strategy.migrate(flyway(dataSource));
                assertThat(historyRows(check)).isEqualTo(rows);
            }
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        // the application's own tables; Camunda's (db/mysql) take longer and change nothing here
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Rows of Flyway's history table, or -1 while it does not exist. */
    private static int historyRows(Connection connection) throws SQLException {
        try (ResultSet tables =
                connection.getMetaData().getTables(connection.getCatalog(), null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return -1;
            }
        }
        return single(connection, "select count(*) from flyway_schema_history");
    }

    private static int single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
