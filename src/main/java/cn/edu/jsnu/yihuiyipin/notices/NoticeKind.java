package cn.edu.jsnu.yihuiyipin.notices;

/** What a notice is about; the label heads it in the list and in the mail. */
public enum NoticeKind {
    NEW_TASK("新任务"),
    REMINDER("到期提醒"),
    ESCALATION("逾期上报"),
    RESULT("结果通知"),
    ROUND_PHASE("阶段变更");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
