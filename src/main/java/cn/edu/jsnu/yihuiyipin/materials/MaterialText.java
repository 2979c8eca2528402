package cn.edu.jsnu.yihuiyipin.materials;

/**
 * Checks the texts an upload carries: the file's name (shown and offered on download, never used as a
 * path), its caption and its activity. Each refusal names what to change.
 */
final class MaterialText {

    static final int NAME_MAX = 255;
    static final int CAPTION_MAX = 500;
    static final int ACTIVITY_MAX = 200;

    private MaterialText() {}

    /** The name as given, refused if it is empty, too long, a path, or carries control characters. */
    static String fileName(String name) {
        if (name == null || name.isBlank()) {
            throw MaterialRefusedException.badRequest("文件名不能为空。");
        }
        if (name.length() > NAME_MAX) {
            throw MaterialRefusedException.badRequest("文件名不能超过 " + NAME_MAX + " 个字符（现有 " + name.length() + " 个）。");
        }
        if (hasControlCharacter(name)) {
            // includes the right-to-left override that makes "photo\u202Egpj.exe" look like "photoexe.jpg"
            throw MaterialRefusedException.badRequest("文件名含有控制字符，请重命名文件后再上传。");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..") || name.contains(":")) {
            throw MaterialRefusedException.badRequest("文件名不能含有路径（/、\\、: 或 ..），请只用文件本身的名称。");
        }
        if (name.strip().startsWith(".")) {
            throw MaterialRefusedException.badRequest("文件名不能以“.”开头。");
        }
        return name.strip();
    }

    static String caption(String caption) {
        return optional(caption, "说明", CAPTION_MAX);
    }

    static String activity(String activity) {
        return optional(activity, "所属活动", ACTIVITY_MAX);
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw MaterialRefusedException.badRequest(
                    "“" + field + "”不能超过 " + max + " 个字符（现有 " + value.length() + " 个）。");
        }
        if (value.codePoints().anyMatch(c -> c != '\n' && c != '\r' && c != '\t' && isControl(c))) {
            throw MaterialRefusedException.badRequest("“" + field + "”含有控制字符。");
        }
        return value;
    }

    private static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(MaterialText::isControl);
    }

    /** C0/C1 controls and the invisible format characters (bidi overrides, zero-width) of category Cf. */
    private static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
