package cn.edu.jsnu.yihuiyipin.materials;

/** A file received whole: its SHA-256 (hex), its size and the allowed type its bytes showed. */
record StoredBlob(String sha256, long size, MaterialType type) {}
