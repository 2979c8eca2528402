package cn.edu.jsnu.yihuiyipin.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One application node: a JVM of its own started from the built jar ({@code java -jar target/*.jar}),
 * as in production, on a port of 18100–18999 and a profile and database of the test's choosing.
 * With a hook directory it starts through Spring Boot's {@code PropertiesLauncher} with that
 * directory on {@code loader.path}, which adds the test-only {@code hook.CrashPoints} to the same
 * jar. Its output goes to {@code target/cluster/<name>.log}.
 */
final class Node implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "cluster-admin-8Hq2";

    /** Settings every node gets; each is explained where it is set. */
    record Spec(String name, String profiles, Map<String, String> environment, List<String> arguments, Path hook) {}

    private final Spec spec;
    private final int port;
    private final Path log;
    private Process process;
    private int starts;

    private Node(Spec spec, int port, Path log) {
        this.spec = spec;
        this.port = port;
        this.log = log;
    }

    static Node start(Spec spec) {
        Path log = Path.of("target", "cluster", spec.name() + ".log");
        try {
            // one log per test run; a restart appends to it
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node node = new Node(spec, freePort(), log);
        node.launch();
        return node;
    }

    String name() {
        return spec.name();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void launch() {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as the Dockerfile pins it: the engine's timers and the schedule follow the JVM's zone
                "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8",
                // start-up on two shared cores: the quick compiler only, one GC thread
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx768m"));
        if (spec.hook() != null) {
            command.addAll(List.of(
                    "-Dloader.path=" + spec.hook().toAbsolutePath(),
                    "-cp",
                    jar().toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-jar", jar().toString()));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--spring.profiles.active=" + spec.profiles(),
                // names the node in ACT_HI_JOB_LOG.HOSTNAME_, so the test sees which node ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + spec.name(),
                // timers made due over REST are seen within a second (the default idle wait grows to 60 s)
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000",
                // no progress report falls due on its own while a round is driven; the test fires one
                "--yihui.cultivation.progress-report-cycle=R/P3M",
                "--logging.level.cn.edu.jsnu.yihuiyipin=INFO"));
        command.addAll(spec.arguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of("target", "cluster").toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // CI runs the suite with SPRING_PROFILES_ACTIVE=test,mysql; a node gets only what is set here
        env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("DB_") || key.startsWith("DEMO_"));
        env.putAll(spec.environment());
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    "==== " + Instant.now() + " start " + starts + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /engine-rest} answers the admin; fails at once with the log's tail if the JVM died. */
    Node awaitUp(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest version = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/version"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        name() + " exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                if (http.send(version, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError(name() + " did not answer within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no rollback by the JVM; the database rolls back what the dead connections left. */
    void kill9() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** The same node again: same port, profile, database and hook, as an operator restarts it. */
    Node restart() {
        if (isAlive()) {
            throw new IllegalStateException(name() + " is still running");
        }
        launch();
        return this;
    }

    @Override
    public void close() {
        if (isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly();
                waitFor(Duration.ofSeconds(10));
            }
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String tail() {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The jar {@code ./mvnw package} built, not the plain {@code .original}. */
    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("yihui-yipin-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "No application jar in target/: build it first (./mvnw -B verify -Dgroups=cluster builds"
                                    + " it before the cluster tests run)"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PORT =
            new java.util.concurrent.atomic.AtomicInteger(
                    (int) (ProcessHandle.current().pid() % 900));

    /** A port of 18100–18999 that nothing listens on now and that no other node of this test was given. */
    private static int freePort() {
        for (int i = 0; i < 900; i++) {
            int port = 18100 + NEXT_PORT.getAndIncrement() % 900;
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // next one
            }
        }
        throw new AssertionError("no free port in 18100-18999");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
