package cn.edu.jsnu.yihuiyipin.materials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Apache Tika names a file's type from its bytes alone: neither the file's name nor the browser's claim
 * is passed in, so a renamed file is seen for what it is.
 */
@Component
class MaterialTypeDetector {

    private static final String OOXML = "application/x-tika-ooxml";
    private static final int CONTENT_TYPES_MAX = 256 * 1024;
    private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType\\s*=\\s*\"([^\"]+)\"");
    private static final Map<String, String> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();
    // the magic of tika-core plus the zip container detector that tells DOCX, PPTX and XLSX from any zip
    private final Detector full = new DefaultDetector(magic);

    /**
     * A first guess from the opening bytes of a stream that supports mark/reset (the stream is left where
     * it was), to pick the size limit before the file is written. The stored type comes from {@link #detect}.
     */
    String sniff(InputStream stream) throws IOException {
        if (!stream.markSupported()) {
            throw new IllegalArgumentException("sniff needs a stream with mark/reset");
        }
        return magic.detect(stream, new Metadata()).toString();
    }

    /** The type of a complete file; zip containers are opened to see what they hold. */
    String detect(Path file) throws IOException {
        String detected;
        try (TikaInputStream stream = TikaInputStream.get(file)) {
            detected = full.detect(stream, new Metadata()).toString();
        }
        return OOXML.equals(detected) ? officeDocument(file).orElse(detected) : detected;
    }

    /**
     * Which Office Open XML document a package is, by the content type of its main part in
     * {@code [Content_Types].xml}. Tika's own detector for this (OPCPackageDetector) comes with Apache POI
     * and every Microsoft parser, some 20 MB for one lookup; tika-core and the zip detectors stop at
     * "some OOXML package". Macro-enabled documents (.docm, .xlsm) have other main types and stay refused.
     */
    private static Optional<String> officeDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return Optional.empty();
            }
            String xml;
            try (InputStream in = zip.getInputStream(types)) {
                // a real one is a few KB: read no more than that, whatever the entry claims
                xml = new String(in.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
            }
            Matcher contentType = CONTENT_TYPE.matcher(xml);
            while (contentType.find()) {
                String document = MAIN_PARTS.get(contentType.group(1).trim());
                if (document != null) {
                    return Optional.of(document);
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }
}
