package cn.edu.jsnu.yihuiyipin.review;

public enum ReviewPhase {
    /** 评审立项, April. */
    APPROVAL("立项评审"),
    /** 评估验收, January of the next year. */
    ACCEPTANCE("验收评审");

    private final String label;

    ReviewPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
