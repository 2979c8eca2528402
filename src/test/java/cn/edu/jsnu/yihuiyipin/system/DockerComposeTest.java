package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked as data against the mysql profile. */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheAppOnMysqlWhenTheDatabaseIsHealthy() throws IOException {
        Map<String, Object> services = (Map<String, Object>) load(Path.of("docker-compose.yml")).get("services");
        assertThat(services).containsKeys("mysql", "app");

        Map<String, Object> mysql = (Map<String, Object>) services.get("mysql");
        assertThat((String) mysql.get("image")).startsWith("mysql:8");
        assertThat((List<String>) mysql.get("command")).contains("--character-set-server=utf8mb4", "--transaction-isolation=READ-COMMITTED");
        assertThat(mysql).containsKeys("healthcheck", "volumes");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(app.get("build")).isNotNull();
        assertThat((Map<String, Object>) ((Map<String, Object>) app.get("depends_on")).get("mysql"))
                .containsEntry("condition", "service_healthy");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "mysql")
                .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_PASSWORD");
        assertThat((String) environment.get("DB_URL")).startsWith("jdbc:mysql://mysql:3306/").contains("sendFractionalSeconds=false");
        assertThat((String) environment.get("ADMIN_PASSWORD")).as("no default admin password outside the demo").contains(":?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mysqlProfileReadsTheVariablesComposeSets() throws IOException {
        String applicationYaml = Files.readString(Path.of("src/main/resources/application.yaml"));
        assertThat(applicationYaml).contains("${DB_URL}", "${DB_USER}", "${DB_PASSWORD}", "${ADMIN_PASSWORD");
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("AS build", "Asia/Shanghai");
    }
}
