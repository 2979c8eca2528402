package cn.edu.jsnu.yihuiyipin.materials;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Small files of every allowed type (and some that are not), made in the test: real images drawn with
 * ImageIO, real OOXML packages, and the leading bytes by which containers such as MP4 and HEIC are known.
 * Each carries random bytes of its own unless told otherwise, so no two tests share a blob by accident.
 */
final class MaterialSamples {

    private static final Random RANDOM = new Random();

    private MaterialSamples() {}

    static byte[] jpeg(int width, int height) {
        return image("jpg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] png(int width, int height) {
        return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] image(String format, int width, int height, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(RANDOM.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(RANDOM.nextInt(0xFFFFFF)));
        g.fillOval(RANDOM.nextInt(width), RANDOM.nextInt(height), width / 3 + 1, height / 3 + 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ISO base media file (MP4, MOV, HEIC): a {@code ftyp} box with the brand, then random bytes. */
    static byte[] isoMedia(String brand, int size) {
        byte[] bytes = random(size);
        byte[] box = new byte[] {0, 0, 0, 0x18};
        System.arraycopy(box, 0, bytes, 0, 4);
        System.arraycopy(
                ("ftyp" + brand + "\0\0\0\0" + brand + "isom").getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 4, 20);
        return bytes;
    }

    static byte[] mp4(int size) {
        return isoMedia("mp42", size);
    }

    static byte[] mov(int size) {
        return isoMedia("qt  ", size);
    }

    static byte[] heic(int size) {
        return isoMedia("heic", size);
    }

    static byte[] webp(int size) {
        byte[] bytes = random(size);
        byte[] header = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + RANDOM.nextLong()
                        + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] docx() {
        return ooxml(
                "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    static byte[] pptx() {
        return ooxml(
                "ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    }

    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    }

    /** A Word document with macros (.docm): an OOXML package, but not an allowed type. */
    static byte[] docm() {
        return ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    /** A plain zip: not an allowed type, though DOCX, PPTX and XLSX are zips too. */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "readme.txt", "hello " + RANDOM.nextLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The start of a Windows program: "MZ", the DOS stub, a PE header. */
    static byte[] exe() {
        byte[] bytes = random(4096);
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x3d] = 0;
        bytes[0x3e] = 0;
        bytes[0x3f] = 0;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0x80, 4);
        return bytes;
    }

    static byte[] html() {
        return ("<!DOCTYPE html><html><head><script>alert(" + RANDOM.nextInt() + ")</script></head></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A JPEG's first bytes followed by rubbish: Tika calls it JPEG, no decoder can read it. */
    static byte[] brokenJpeg() {
        byte[] bytes = random(10_000);
        byte[] start = Arrays.copyOf(jpeg(10, 10), 20);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static byte[] ooxml(String mainPart, String mainContentType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainContentType + "\"/>"
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                            + mainPart + "\"/></Relationships>");
            entry(zip, mainPart, "<?xml version=\"1.0\"?><root>" + RANDOM.nextLong() + "</root>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An MP4's leading box, then zeros: generated as it is read, never held. */
    static InputStream generatedVideo(long size) {
        byte[] head = MaterialSamples.mp4(64);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                int value = position < head.length ? head[(int) position] & 0xff : 0;
                position++;
                return value;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int count = (int) Math.min(length, size - position);
                for (int i = 0; i < count; i++) {
                    long at = position + i;
                    buffer[offset + i] = at < head.length ? head[(int) at] : 0;
                }
                position += count;
                return count;
            }
        };
    }
}
