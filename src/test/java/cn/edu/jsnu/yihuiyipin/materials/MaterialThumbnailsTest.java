package cn.edu.jsnu.yihuiyipin.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/** Photos from phones: turned upright by their EXIF orientation; WebP decoded too. */
class MaterialThumbnailsTest {

    /** A 1×1 lossless WebP (the one browsers' feature tests use). */
    static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @TempDir
    Path dir;

    MaterialThumbnails thumbnails() {
        MaterialsSettings settings = new MaterialsSettings(
                dir,
                DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(20),
                DataSize.ofGigabytes(1),
                DataSize.ofGigabytes(3));
        return new MaterialThumbnails(new MaterialFileStore(settings));
    }

    @Test
    void aPhoneHeldUprightGetsAnUprightThumbnail() throws IOException {
        // stored landscape 640×320, as the sensor saw it; orientation 6: turn 90° clockwise to view
        Path photo = write("upright.jpg", withOrientation(jpeg(640, 320), 6));
        assertThat(MaterialThumbnails.orientation(photo)).isEqualTo(6);

        assertThat(thumbnails().create(photo, digest("a1"))).isTrue();

        BufferedImage thumbnail =
                ImageIO.read(thumbnails().find(digest("a1")).orElseThrow().toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
        // the stored image's left half is red: after turning clockwise it is the top half
        assertThat(new Color(thumbnail.getRGB(80, 40)).getRed()).isGreaterThan(200);
        assertThat(new Color(thumbnail.getRGB(80, 280)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aPhotoWithoutExifStaysAsStored() throws IOException {
        Path photo = write("plain.jpg", jpeg(640, 320));
        assertThat(MaterialThumbnails.orientation(photo)).isEqualTo(1);

        assertThat(thumbnails().create(photo, digest("b1"))).isTrue();

        BufferedImage thumbnail =
                ImageIO.read(thumbnails().find(digest("b1")).orElseThrow().toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
    }

    static Stream<Arguments> orientations() {
        // where the stored image's top-left pixel ends up, for a 4×2 image
        return Stream.of(
                Arguments.of(1, 4, 2, 0, 0),
                Arguments.of(2, 4, 2, 3, 0),
                Arguments.of(3, 4, 2, 3, 1),
                Arguments.of(4, 4, 2, 0, 1),
                Arguments.of(5, 2, 4, 0, 0),
                Arguments.of(6, 2, 4, 1, 0),
                Arguments.of(7, 2, 4, 1, 3),
                Arguments.of(8, 2, 4, 0, 3));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("orientations")
    void everyOrientationMovesTheTopLeftPixelWhereExifSays(int orientation, int width, int height, int x, int y) {
        BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, Color.WHITE.getRGB());

        BufferedImage upright = MaterialThumbnails.upright(stored, orientation);

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(upright.getRGB(x, y)).isEqualTo(Color.WHITE.getRGB());
    }

    @Test
    void aWebpPhotoGetsAThumbnail() throws IOException {
        Path photo = write("photo.webp", WEBP_1X1);

        assertThat(thumbnails().create(photo, digest("c1"))).isTrue();

        BufferedImage thumbnail =
                ImageIO.read(thumbnails().find(digest("c1")).orElseThrow().toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(1);
    }

    /** A made-up SHA-256 in hex, as the store names files. */
    private static String digest(String seed) {
        return (seed + "0".repeat(64)).substring(0, 64).replaceAll("[^0-9a-f]", "0");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Left half red, right half blue. */
    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif segment after its SOI marker holding one tag: Orientation. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian TIFF header, first IFD at 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, one value
        tiff.putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
