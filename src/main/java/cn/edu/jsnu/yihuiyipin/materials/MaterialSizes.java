package cn.edu.jsnu.yihuiyipin.materials;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/** Sizes as people read them, the way the limits are written. */
public final class MaterialSizes {

    private MaterialSizes() {}

    /** 20 MB, 1 GB, 1.5 KB: a size as the limits are written (binary units, as Spring's DataSize reads them). */
    public static String human(long bytes) {
        if (bytes >= DataSize.ofGigabytes(1).toBytes()) {
            return trim(bytes, DataSize.ofGigabytes(1)) + " GB";
        }
        if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
            return trim(bytes, DataSize.ofMegabytes(1)) + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes()) {
            return trim(bytes, DataSize.ofKilobytes(1)) + " KB";
        }
        return bytes + " 字节";
    }

    private static String trim(long bytes, DataSize unit) {
        String text = String.format(Locale.ROOT, "%.1f", bytes / (double) unit.toBytes());
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
