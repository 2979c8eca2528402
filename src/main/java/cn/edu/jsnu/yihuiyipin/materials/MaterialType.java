package cn.edu.jsnu.yihuiyipin.materials;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The allow-list: every type a material may have, as Apache Tika names it from the file's bytes, with
 * the extensions a file of that type may carry. Anything Tika reports otherwise is refused.
 */
public enum MaterialType {
    JPEG(MaterialKind.IMAGE, "JPEG 图片", List.of("image/jpeg"), List.of("jpg", "jpeg"), true),
    PNG(MaterialKind.IMAGE, "PNG 图片", List.of("image/png"), List.of("png"), true),
    // iPhones send HEIC; browsers other than Safari cannot show it, so it gets an icon instead of a thumbnail
    HEIC(MaterialKind.IMAGE, "HEIC 图片", List.of("image/heic", "image/heif"), List.of("heic", "heif"), false),
    WEBP(MaterialKind.IMAGE, "WebP 图片", List.of("image/webp"), List.of("webp"), true),
    MP4(MaterialKind.VIDEO, "MP4 视频", List.of("video/mp4"), List.of("mp4", "m4v"), false),
    MOV(MaterialKind.VIDEO, "MOV 视频", List.of("video/quicktime"), List.of("mov"), false),
    PDF(MaterialKind.DOCUMENT, "PDF 文档", List.of("application/pdf"), List.of("pdf"), false),
    DOCX(
            MaterialKind.DOCUMENT,
            "Word 文档",
            List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            List.of("docx"),
            false),
    PPTX(
            MaterialKind.DOCUMENT,
            "PowerPoint 演示文稿",
            List.of("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            List.of("pptx"),
            false),
    XLSX(
            MaterialKind.DOCUMENT,
            "Excel 表格",
            List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            List.of("xlsx"),
            false);

    private final MaterialKind kind;
    private final String label;
    private final List<String> mediaTypes;
    private final List<String> extensions;
    private final boolean thumbnailed;

    MaterialType(
            MaterialKind kind, String label, List<String> mediaTypes, List<String> extensions, boolean thumbnailed) {
        this.kind = kind;
        this.label = label;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
        this.thumbnailed = thumbnailed;
    }

    /** The allowed type Tika's media type names (parameters such as {@code ;charset} ignored), if any. */
    public static Optional<MaterialType> ofMediaType(String detected) {
        String bare = detected.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaTypes.contains(bare)).findFirst();
    }

    /** The allowed types of one kind, with their extensions, for the upload page and messages. */
    public static String describe(MaterialKind kind) {
        return Arrays.stream(values())
                .filter(t -> t.kind == kind)
                .map(t -> String.join("/", t.extensions).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("、"));
    }

    /** The {@code accept} attribute of the file picker: every allowed extension. */
    public static String acceptAttribute() {
        return Arrays.stream(values())
                .flatMap(t -> t.extensions.stream())
                .map(e -> "." + e)
                .collect(Collectors.joining(","));
    }

    public MaterialKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** The media type the file is served with. */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a thumbnail is made (formats ImageIO reads: the JDK's, and WebP through TwelveMonkeys). */
    public boolean thumbnailed() {
        return thumbnailed;
    }

    public boolean matchesExtensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
