package cn.edu.jsnu.yihuiyipin.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Uploads through a real server in a JVM whose heap (-Xmx256m, surefire execution {@code small-heap})
 * is smaller than the file: a 300 MB video passes only if nobody holds it in memory. And a connection
 * dropped mid-upload leaves no part file and no row.
 */
@Tag("small-heap")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "yihui.materials.dir=target/test-materials-small-heap",
            "yihui.materials.video-max-size=1GB",
            "yihui.materials.project-quota=3GB"
        })
class LargeUploadSmallHeapTest {

    private static final String USER = "heap-unit-member";
    private static final long SIZE = 300L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestRounds rounds;

    @Autowired
    ProjectMaterials materials;

    @Autowired
    MaterialFileStore store;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    BrandProject project;

    @BeforeEach
    void unitMemberAndProject() {
        TestPeople.user(identityService, USER, "单位", "unit-wxy-gh");
        project = rounds.publishedProject(rounds.newRound(), "wxy-gh", "书香文院");
    }

    @AfterEach
    void cleanUp() {
        TestPeople.forget(identityService, authorizationService, USER);
        FileSystemUtils.deleteRecursively(store.root().toFile());
    }

    @Test
    void a300MegabyteVideoPassesAHeapOf256Megabytes() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test proves streaming only in the small-heap JVM (-Xmx256m)")
                .isLessThanOrEqualTo(256L * 1024 * 1024);
        MessageDigest sent = MessageDigest.getInstance("SHA-256");

        HttpURLConnection connection =
                (HttpURLConnection) URI.create(endpoint()).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(SIZE);
        connection.setRequestProperty("Authorization", basic());
        connection.setRequestProperty("Content-Type", "application/octet-stream");
        connection.setRequestProperty(MaterialsApiController.NAME_HEADER, "%E5%BC%80%E5%B9%95%E5%BC%8F.mp4");
        try (InputStream video = MaterialSamples.generatedVideo(SIZE);
                OutputStream body = connection.getOutputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = video.read(buffer)) != -1) {
                sent.update(buffer, 0, read);
                body.write(buffer, 0, read);
            }
        }

        assertThat(connection.getResponseCode()).isEqualTo(201);
        ProjectMaterial stored = materials
                .list(new MaterialActor("admin", MaterialRole.ADMIN), project.getId())
                .get(0);
        assertThat(stored.getOriginalName()).isEqualTo("开幕式.mp4");
        assertThat(stored.getType()).isEqualTo(MaterialType.MP4);
        assertThat(stored.getSizeBytes()).isEqualTo(SIZE);
        assertThat(stored.getSha256()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
        assertThat(Files.size(materials.file(stored))).isEqualTo(SIZE);
        assertThat(parts()).isZero();
    }

    @Test
    void aConnectionDroppedMidUploadLeavesNothing() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/projects/" + project.getId() + "/materials HTTP/1.1\r\n"
                            + "Host: localhost:" + port + "\r\n"
                            + "Authorization: " + basic() + "\r\n"
                            + "Content-Type: application/octet-stream\r\n"
                            + MaterialsApiController.NAME_HEADER + ": clip.mp4\r\n"
                            + "Content-Length: " + (10 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            MaterialSamples.generatedVideo(1024 * 1024).transferTo(out);
            out.flush();
            awaitUntil(() -> parts() == 1, "the server receives into a part file");
        }

        awaitUntil(() -> parts() == 0, "the server deletes the part once the connection is gone");
        assertThat(materials.list(new MaterialActor("admin", MaterialRole.ADMIN), project.getId()))
                .isEmpty();
        assertThat(blobs()).isZero();
    }

    private String endpoint() {
        return "http://localhost:" + port + "/api/projects/" + project.getId() + "/materials";
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((USER + ":" + TestPeople.password(USER)).getBytes(StandardCharsets.UTF_8));
    }

    private long parts() {
        return count(store.root().resolve("incoming"));
    }

    private long blobs() {
        return count(store.root().resolve("blobs"));
    }

    private static long count(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            // a part deleted while the directory is walked
            return -1;
        }
    }

    /** Waits (at most a minute, a busy build machine is slow) for what the server does on its own thread. */
    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited a minute until " + what).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
