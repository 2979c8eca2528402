package cn.edu.jsnu.yihuiyipin.materials;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Thumbnails of JPEG, PNG and WebP photos, made once when the photo is uploaded and kept beside the
 * blobs, turned upright as the camera's EXIF orientation says (a phone held upright stores its photo
 * sideways with orientation 6). A 20 MB photo may hold 50 million pixels; it is decoded subsampled
 * (every n-th pixel), so no more than about four times the thumbnail's pixels are ever in memory.
 */
@Component
class MaterialThumbnails {

    static {
        // ImageIO registers plugins found by the class loader it first ran under; inside the Spring Boot
        // jar that is not the one holding TwelveMonkeys' WebP reader, so it is asked to look again
        ImageIO.scanForPlugins();
    }

    /** The longer side of a thumbnail, in pixels. */
    static final int SIZE = 320;

    private final MaterialFileStore store;

    MaterialThumbnails(MaterialFileStore store) {
        this.store = store;
    }

    /** Makes the thumbnail of {@code source} under its digest unless it exists; false if it cannot be decoded. */
    boolean create(Path source, String sha256) throws IOException {
        if (Files.exists(store.thumbnail(sha256))) {
            return true;
        }
        Optional<BufferedImage> image = readSubsampled(source);
        if (image.isEmpty()) {
            return false;
        }
        BufferedImage thumbnail = upright(scale(image.get()), orientation(source));
        store.writeThumbnail(sha256, out -> {
            if (!ImageIO.write(thumbnail, "jpg", out)) {
                throw new IOException("no JPEG writer");
            }
        });
        return true;
    }

    Optional<Path> find(String sha256) {
        Path path = store.thumbnail(sha256);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private static Optional<BufferedImage> readSubsampled(Path source) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
            if (input == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longer / (SIZE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(reader.read(0, param));
            } catch (IOException | RuntimeException broken) {
                // ImageIO throws IllegalArgumentException and the like on damaged files, too
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** The EXIF orientation (1 to 8; 1 is upright), 1 where the file has none or it cannot be read. */
    static int orientation(Path source) {
        try {
            ExifIFD0Directory exif =
                    ImageMetadataReader.readMetadata(source.toFile()).getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException unreadable) {
            // a photo without readable EXIF is shown as stored
        }
        return 1;
    }

    /** The image as it is meant to be seen: EXIF orientations 2–8 mirror and/or rotate it. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.concatenate(new AffineTransform(-1, 0, 0, 1, w, 0));
            case 3 -> t.concatenate(new AffineTransform(-1, 0, 0, -1, w, h));
            case 4 -> t.concatenate(new AffineTransform(1, 0, 0, -1, 0, h));
            case 5 -> t.concatenate(new AffineTransform(0, 1, 1, 0, 0, 0));
            case 6 -> t.concatenate(new AffineTransform(0, 1, -1, 0, h, 0));
            case 7 -> t.concatenate(new AffineTransform(0, -1, -1, 0, h, w));
            case 8 -> t.concatenate(new AffineTransform(0, -1, 1, 0, 0, w));
            default -> {
                return image;
            }
        }
        BufferedImage turnedImage = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turnedImage.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turnedImage;
    }

    private static BufferedImage scale(BufferedImage image) {
        double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        // JPEG has no alpha: a transparent PNG is drawn on white
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return thumbnail;
    }
}
