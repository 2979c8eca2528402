package cn.edu.jsnu.yihuiyipin.materials;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code yihui.materials.*}: where materials are kept and how large they may be.
 *
 * @param dir the directory of the files ({@code MATERIALS_DIR}); every node of a cluster must share it
 * @param imageMaxSize largest photo
 * @param documentMaxSize largest PDF, Word, PowerPoint or Excel file
 * @param videoMaxSize largest video
 * @param projectQuota what all of a project's materials (not deleted) may add up to
 */
@ConfigurationProperties("yihui.materials")
public record MaterialsSettings(
        @DefaultValue("./data/materials") Path dir,
        @DefaultValue("20MB") DataSize imageMaxSize,
        @DefaultValue("20MB") DataSize documentMaxSize,
        @DefaultValue("1GB") DataSize videoMaxSize,
        @DefaultValue("3GB") DataSize projectQuota) {

    public MaterialsSettings {
        if (imageMaxSize.toBytes() <= 0 || documentMaxSize.toBytes() <= 0 || videoMaxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("yihui.materials.*-max-size must be positive");
        }
        if (projectQuota.toBytes() <= 0) {
            throw new IllegalArgumentException("yihui.materials.project-quota must be positive");
        }
    }

    public long maxBytes(MaterialKind kind) {
        return switch (kind) {
            case IMAGE -> imageMaxSize.toBytes();
            case DOCUMENT -> documentMaxSize.toBytes();
            case VIDEO -> videoMaxSize.toBytes();
        };
    }

    /** The largest file of any kind: what an upload may be before its type is known. */
    public long largestFile() {
        return Math.max(videoMaxSize.toBytes(), Math.max(imageMaxSize.toBytes(), documentMaxSize.toBytes()));
    }
}
