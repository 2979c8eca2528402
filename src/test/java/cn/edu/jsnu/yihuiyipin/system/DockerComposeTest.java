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
        Map<String, Object> services =
                (Map<String, Object>) load(Path.of("docker-compose.yml")).get("services");
        assertThat(services).containsKeys("mysql", "app");

        Map<String, Object> mysql = (Map<String, Object>) services.get("mysql");
        assertThat((String) mysql.get("image")).startsWith("mysql:8");
        assertThat((List<String>) mysql.get("command"))
                .contains("--character-set-server=utf8mb4", "--transaction-isolation=READ-COMMITTED");
        assertThat(mysql).containsKeys("healthcheck", "volumes");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(app.get("build")).isNotNull();
        assertThat((Map<String, Object>) ((Map<String, Object>) app.get("depends_on")).get("mysql"))
                .containsEntry("condition", "service_healthy");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        assertThat(environment)
                .containsEntry("SPRING_PROFILES_ACTIVE", "mysql")
                .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_PASSWORD");
        assertThat((String) environment.get("DB_URL"))
                .startsWith("jdbc:mysql://mysql:3306/")
                .contains("sendFractionalSeconds=false");
        assertThat((String) environment.get("ADMIN_PASSWORD"))
                .as("no default admin password outside the demo")
                .contains(":?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void materialsLiveOnANamedVolume() throws IOException {
        Map<String, Object> compose = load(Path.of("docker-compose.yml"));
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
        String dir = (String) ((Map<String, Object>) app.get("environment")).get("MATERIALS_DIR");

        assertThat(dir).startsWith("/");
        assertThat((List<String>) app.get("volumes")).contains("materials:" + dir);
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("materials");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mailpitCatchesTheAppsMailsAndShowsThemOnItsWebPort() throws IOException {
        Map<String, Object> services =
                (Map<String, Object>) load(Path.of("docker-compose.yml")).get("services");
        Map<String, Object> mailpit = (Map<String, Object>) services.get("mailpit");
        assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit");
        assertThat((List<String>) mailpit.get("ports")).contains("8025:8025");
        Map<String, Object> environment =
                (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("environment");
        assertThat(environment)
                .containsEntry("MAIL_HOST", "${MAIL_HOST:-mailpit}")
                .containsEntry("MAIL_PORT", "${MAIL_PORT:-1025}");
        Map<String, Object> base = null;
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.yaml"))) {
            base = (Map<String, Object>) new Yaml().loadAll(reader).iterator().next();
        }
        assertThat(path(base, "spring", "mail", "host")).as("no host, no mail").isEqualTo("${MAIL_HOST:}");
        assertThat(path(base, "spring", "mail", "port")).isEqualTo("${MAIL_PORT:25}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mysqlProfileReadsTheVariablesComposeSetsAndOnlyTheDemoHasAPassword() throws IOException {
        Map<String, Object> mysql = null;
        Map<String, Object> base = null;
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.yaml"))) {
            for (Object document : new Yaml().loadAll(reader)) {
                Map<String, Object> doc = (Map<String, Object>) document;
                Object profile = path(doc, "spring", "config", "activate", "on-profile");
                if (profile == null) {
                    base = doc;
                } else if ("mysql".equals(profile)) {
                    mysql = doc;
                }
            }
        }
        assertThat(path(mysql, "spring", "datasource", "url")).isEqualTo("${DB_URL}");
        assertThat(path(mysql, "spring", "datasource", "username")).isEqualTo("${DB_USER}");
        assertThat(path(mysql, "spring", "datasource", "password")).isEqualTo("${DB_PASSWORD}");
        assertThat(path(mysql, "camunda", "bpm", "admin-user", "password"))
                .as("mysql profile sets no password")
                .isNull();
        assertThat(path(base, "camunda", "bpm", "admin-user", "password"))
                .as("no default outside the demo")
                .isEqualTo("${ADMIN_PASSWORD:}");
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("AS build", "Asia/Shanghai", "SPRING_PROFILES_ACTIVE=mysql");
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
