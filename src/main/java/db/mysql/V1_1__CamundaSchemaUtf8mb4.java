package db.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Camunda's tables on MySQL/MariaDB from the engine's own create scripts, with utf8mb4.
 *
 * <p>Camunda's scripts hard-code 3-byte {@code utf8}, so a process variable holding 𠮷 or an emoji
 * would fail to save; converting the tables afterwards fails on their foreign keys. Running the same
 * scripts with the charset swapped before the engine starts gives it the tables it would create
 * itself, and the engine's schema check then finds them present.
 */
public class V1_1__CamundaSchemaUtf8mb4 extends BaseJavaMigration {

    private static final String SCRIPT_FOLDER = "org/camunda/bpm/engine/db/create/";
    /** The order in which the engine itself runs them (DbSqlSession#dbSchemaCreate). */
    private static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (camundaTablesPresent(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String component : COMPONENTS) {
                for (String sql : statements(readScript("activiti.mysql.create." + component + ".sql"))) {
                    statement.execute(sql);
                }
            }
        }
    }

    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(withoutComments
                        .toString()
                        .replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin")
                        .split(";"))
                .map(String::trim)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }

    private static boolean camundaTablesPresent(Connection connection) throws SQLException {
        try (ResultSet tables =
                connection.getMetaData().getTables(connection.getCatalog(), null, "ACT_GE_PROPERTY", null)) {
            return tables.next();
        }
    }

    private static String readScript(String name) throws IOException {
        try (InputStream in =
                V1_1__CamundaSchemaUtf8mb4.class.getClassLoader().getResourceAsStream(SCRIPT_FOLDER + name)) {
            if (in == null) {
                throw new IOException("Camunda create script not on the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
