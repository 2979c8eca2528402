package cn.edu.jsnu.yihuiyipin.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets one node at a time run Flyway on MySQL/MariaDB. Nodes starting together on an empty database
 * race for Flyway's own history table: one creates it (DDL commits at once) and, before it writes the
 * baseline row, the other finds it "already exists, and is empty" and fails to start. Flyway locks that
 * table only once it exists, and {@link DatabaseLock}'s row lives in a table Flyway creates, so this
 * takes MySQL's named lock ({@code GET_LOCK}) around the migration instead. H2 runs in one process.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLock {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);
    /** Named locks are the server's, not a database's: the name carries the database's. */
    static String lockName(Connection connection) throws SQLException {
        return "yihui-yipin-flyway " + connection.getCatalog();
    }

    private static final int PATIENCE_SECONDS = (int) StartupLock.PATIENCE.toSeconds();
    private static final Set<String> NAMED_LOCKS = Set.of("MySQL", "MariaDB");

    @Bean
    FlywayMigrationStrategy oneNodeMigratesAtATime(DataSource dataSource) {
        return flyway -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!NAMED_LOCKS.contains(connection.getMetaData().getDatabaseProductName())) {
                    flyway.migrate();
                    return;
                }
                String name = lockName(connection);
                lock(connection, name);
                try {
                    flyway.migrate();
                } finally {
                    try (PreparedStatement release = connection.prepareStatement("select release_lock(?)")) {
                        release.setString(1, name);
                        release.execute();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("数据库迁移锁无法获得：" + e.getMessage(), e);
            }
        };
    }

    private static void lock(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select get_lock(?, ?)")) {
            statement.setString(1, name);
            statement.setInt(2, PATIENCE_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("another node held '" + name + "' for " + PATIENCE_SECONDS + " s");
                }
            }
        }
        log.info("Migration lock taken");
    }
}
