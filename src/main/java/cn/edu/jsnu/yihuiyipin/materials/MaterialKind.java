package cn.edu.jsnu.yihuiyipin.materials;

/** What a material is to the people who look at it; each kind has its own size limit. */
public enum MaterialKind {
    IMAGE("图片"),
    VIDEO("视频"),
    DOCUMENT("文档");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
