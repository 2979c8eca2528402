package cn.edu.jsnu.yihuiyipin.project;

public enum RoundStatus {
    APPLICATION("项目申报"),
    APPROVAL("评审立项"),
    PUBLISHED("立项公示"),
    CULTIVATION("过程培育"),
    ACCEPTANCE("评估验收"),
    AWARDING("表彰奖励"),
    CLOSED("已结束");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
