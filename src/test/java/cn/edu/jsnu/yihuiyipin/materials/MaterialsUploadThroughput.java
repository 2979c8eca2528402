package cn.edu.jsnu.yihuiyipin.materials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * For the benchmark ({@code -Pbench}), not a test: the upload pipeline (hash, type detection, blob, row)
 * against a plain copy of the same number of bytes to the same disk. Issue 11 asks for the upload to
 * take at most twice as long as the copy. Each call generates a new video, so no run is a dedupe hit.
 */
public final class MaterialsUploadThroughput {

    private MaterialsUploadThroughput() {}

    /**
     * @param actor who may upload to {@code projectId} in its status
     * @param scratch a directory on the same file system as {@code yihui.materials.dir}
     */
    public static Result measure(
            ProjectMaterials materials, MaterialActor actor, Long projectId, long bytes, Path scratch)
            throws IOException {
        Path copy = Files.createTempFile(Files.createDirectories(scratch), "plain-copy", ".bin");
        long copyStart = System.nanoTime();
        try (InputStream in = MaterialSamples.generatedVideo(bytes)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(copy);
        }
        Duration copyTime = Duration.ofNanos(System.nanoTime() - copyStart);

        long uploadStart = System.nanoTime();
        try (InputStream in = MaterialSamples.generatedVideo(bytes)) {
            materials.upload(actor, projectId, new MaterialUpload("benchmark.mp4", "基准测试", null, bytes), in);
        }
        Duration uploadTime = Duration.ofNanos(System.nanoTime() - uploadStart);
        return new Result(bytes, copyTime, uploadTime);
    }

    public record Result(long bytes, Duration copy, Duration upload) {

        /** Upload time over copy time: issue 11 wants at most 2. */
        public double ratio() {
            return (double) upload.toNanos() / Math.max(1, copy.toNanos());
        }

        public double uploadMegabytesPerSecond() {
            return bytes / 1048576.0 / Math.max(1e-9, upload.toNanos() / 1e9);
        }

        public double copyMegabytesPerSecond() {
            return bytes / 1048576.0 / Math.max(1e-9, copy.toNanos() / 1e9);
        }
    }
}
