package cn.edu.jsnu.yihuiyipin.materials;

/**
 * What comes with an upload's bytes: the file's name as the user's computer calls it, the caption, the
 * activity it belongs to (all as sent, checked by the service), and the length the client declared
 * ({@code -1} when unknown, e.g. chunked).
 */
public record MaterialUpload(String fileName, String caption, String activity, long declaredLength) {}
