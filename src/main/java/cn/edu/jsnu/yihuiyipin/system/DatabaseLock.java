package cn.edu.jsnu.yihuiyipin.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lock that holds across every node sharing the database: the row of {@code app_lock} with this
 * name, locked with {@code select … for update} on a connection of its own and held until
 * {@link #close()}. Meanwhile the holder's work runs in the engine's and JPA's own transactions and
 * commits before the lock is let go, so the next node finds it (READ COMMITTED on MySQL, as on H2).
 * A node that waits longer than the database's lock timeout (50 s on MariaDB) tries again until its
 * patience runs out.
 */
public final class DatabaseLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLock.class);

    private final String name;
    private Connection connection;

    private DatabaseLock(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /** Waits for the lock; throws if the row is missing or the lock is still held after {@code patience}. */
    public static DatabaseLock acquire(DataSource dataSource, String name, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            while (true) {
                try {
                    lockRow(connection, name);
                    log.debug("Database lock '{}' acquired", name);
                    return new DatabaseLock(name, connection);
                } catch (SQLException e) {
                    if (!isLockTimeout(e) || Instant.now().isAfter(deadline)) {
                        throw e;
                    }
                    connection.rollback();
                    log.info("Database lock '{}' is held by another node, still waiting ({})", name, e.getMessage());
                }
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("数据库锁 " + name + " 无法获得：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void lockRow(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select name from app_lock where name = ? for update")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("app_lock has no row '" + name + "' (Flyway migration V3_1)");
                }
            }
        }
    }

    /** MariaDB/MySQL 1205 (lock wait timeout) and deadlocks, H2's lock timeout: worth another try. */
    static boolean isLockTimeout(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException
                || e.getErrorCode() == 1205
                || e.getErrorCode() == 50200
                || (state != null && (state.startsWith("40") || state.equals("HYT00")));
    }

    /** Lets the other nodes in; idempotent. */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("Database lock '{}': rollback failed ({}), closing the connection", name, e.getMessage());
        } finally {
            closeQuietly(connection);
            connection = null;
            log.debug("Database lock '{}' released", name);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the pool discards a broken connection anyway
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
