package cn.edu.jsnu.yihuiyipin.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The files under {@code MATERIALS_DIR}. Paths are made only from SHA-256 digests and random ids, never
 * from anything a user sent:
 *
 * <pre>
 * incoming/&lt;uuid&gt;.part          an upload being received (deleted if it fails)
 * blobs/ab/&lt;sha256&gt;             the bytes, once per content (identical uploads share one)
 * thumbnails/ab/&lt;sha256&gt;.jpg     a photo's thumbnail, made once
 * </pre>
 *
 * Everything lands by a rename within the one directory tree, so a reader (or another node sharing the
 * directory) never sees half a file.
 */
@Component
class MaterialFileStore {

    private static final Logger LOG = LoggerFactory.getLogger(MaterialFileStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;
    /** A part older than this is left from a node that died mid-upload; younger ones may be another node's. */
    private static final Duration STALE_INCOMING = Duration.ofDays(1);

    private final Path root;

    MaterialFileStore(MaterialsSettings settings) {
        this.root = settings.dir().toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * Streams {@code body} to a new file under {@code incoming/} through a fixed buffer, hashing as it
     * goes; more than {@code maxBytes} stops the copy and throws {@code tooLarge}'s exception. Any failure
     * deletes the part before it is thrown.
     */
    IncomingFile receive(InputStream body, long maxBytes, Supplier<MaterialRefusedException> tooLarge)
            throws IOException {
        Path dir = Files.createDirectories(root.resolve("incoming"));
        Path part = dir.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = body.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw tooLarge.get();
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(part);
            }
        }
        return new IncomingFile(part, size, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Makes a received file the blob of its digest; if that blob exists already (the same bytes were
     * uploaded before) the new copy is dropped. Returns whether a new blob was written.
     */
    boolean keep(IncomingFile file) throws IOException {
        Path target = blob(file.sha256());
        if (Files.exists(target)) {
            Files.delete(file.path());
            return false;
        }
        Files.createDirectories(target.getParent());
        move(file.path(), target);
        return true;
    }

    Path blob(String sha256) {
        return root.resolve("blobs").resolve(shard(sha256)).resolve(sha256);
    }

    Path thumbnail(String sha256) {
        return root.resolve("thumbnails").resolve(shard(sha256)).resolve(sha256 + ".jpg");
    }

    /** Writes through a part file renamed into place, so a thumbnail is there whole or not at all. */
    void writeThumbnail(String sha256, ThumbnailWriter writer) throws IOException {
        Path target = thumbnail(sha256);
        if (Files.exists(target)) {
            return;
        }
        Path dir = Files.createDirectories(root.resolve("incoming"));
        Path part = dir.resolve(UUID.randomUUID() + ".thumb.part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                writer.write(out);
            }
            Files.createDirectories(target.getParent());
            move(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Parts left by a node that died mid-upload (a live upload deletes its own part when it fails). */
    @EventListener(ApplicationReadyEvent.class)
    void removeStaleParts() {
        Path dir = root.resolve("incoming");
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant before = Instant.now().minus(STALE_INCOMING);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    Files.deleteIfExists(part);
                    LOG.info("removed {}, left by an upload that never finished", part);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String shard(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return sha256.substring(0, 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A file received under {@code incoming/}; closing it deletes it unless {@link #keep} moved it. */
    record IncomingFile(Path path, long size, String sha256) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(path);
        }
    }

    @FunctionalInterface
    interface ThumbnailWriter {
        void write(OutputStream out) throws IOException;
    }
}
