package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} on a UTC server: the application must still open the round at 08:00 and close
 * every deadline at 23:59:59 Beijing time, store Beijing wall-clock times and log them, because it sets
 * its zone ({@code yihui.zone}) itself. The suite's own JVM is pinned to Asia/Shanghai by surefire, so
 * this test starts {@link UtcServerProbe} in a JVM of its own with {@code -Duser.timezone=UTC} (and
 * {@code TZ=UTC}) and checks what it prints.
 */
class UtcServerTest {

    /** A bound for a loaded build machine; the probe takes some 15 s. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path workingDirectory;

    @Test
    void utcServerKeepsTheScheduleInBeijingTime() throws Exception {
        List<String> output = runProbeInUtcJvm();
        Map<String, String> probe = new HashMap<>();
        for (String line : output) {
            int at = line.indexOf(UtcServerProbe.PREFIX);
            if (at >= 0) {
                String[] keyValue =
                        line.substring(at + UtcServerProbe.PREFIX.length()).split("=", 2);
                probe.put(keyValue[0], keyValue[1]);
            }
        }
        assertThat(probe)
                .as(() -> "the probe's output:\n" + String.join("\n", output))
                .containsKey("review.start.timer");

        assertThat(probe.get("jvm.zone.before")).as("the server's zone").isEqualTo("UTC");
        assertThat(probe.get("jvm.zone.after")).isEqualTo("Asia/Shanghai");
        assertThat(probe.get("clock.zone")).isEqualTo("Asia/Shanghai");
        assertThat(probe.get("clock.offset")).isEqualTo("+08:00");

        int year = Integer.parseInt(probe.get("round.year"));
        assertThat(Instant.parse(probe.get("yearly.due")))
                .as("cron 0 0 8 1 3 ?: 1 March 08:00 Beijing time, not 16:00")
                .isEqualTo(utc(year, 3, 1, 0, 0, 0));
        assertThat(Instant.parse(probe.get("application.deadline.timer")))
                .as("31 March 23:59:59 Beijing time")
                .isEqualTo(utc(year, 3, 31, 15, 59, 59));
        assertThat(Instant.parse(probe.get("application.deadline.task"))).isEqualTo(utc(year, 3, 31, 15, 59, 59));
        assertThat(Instant.parse(probe.get("review.start.timer")))
                .as("1 April 08:00 Beijing time")
                .isEqualTo(utc(year, 4, 1, 0, 0, 0));
        assertThat(probe.get("round.applicationDeadline.stored"))
                .as("JPA stores Beijing wall-clock time")
                .startsWith(year + "-03-31 23:59:59");
        assertThat(probe.get("application.deadline.timer.stored"))
                .as("so does the engine")
                .startsWith(year + "-03-31 23:59:59");
        assertThat(output)
                .as("the log's timestamps are Beijing time")
                .anySatisfy(line -> assertThat(line).contains("+08:00").contains("Started"));
    }

    private static Instant utc(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    private List<String> runProbeInUtcJvm() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire's class path, without empty entries: an empty entry is the working directory, where the
        // models in bpmn/ would be found a second time
        String classPath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Duser.timezone=UTC",
                        "-Dfile.encoding=UTF-8",
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classPath,
                        UtcServerProbe.class.getName())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().put("TZ", "UTC");
        Process probe = builder.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        if (!probe.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            fail("the application in the UTC JVM did not finish within " + PATIENCE.toSeconds() + " s");
        }
        reader.join(10_000);
        synchronized (output) {
            assertThat(probe.exitValue())
                    .as(() -> "exit value of the UTC JVM; its output:\n" + String.join("\n", output))
                    .isZero();
            return List.copyOf(output);
        }
    }
}
