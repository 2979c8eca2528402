package cn.edu.jsnu.yihuiyipin.project;

public enum ProjectStatus {
    SUBMITTED("已申报"),
    RETURNED("退回修改"),
    FORMALLY_CHECKED("形式审查通过"),
    UNDER_REVIEW("专家评审中"),
    REVIEWED("评审完成"),
    ADJUSTING("方案调整中"),
    APPROVED("已立项"),
    REJECTED("不予立项"),
    NOT_APPLYING("本年度不申报"),
    OVERDUE("逾期未申报"),
    WITHDRAWN("已撤回"),
    PUBLISHED("立项已公布"),
    BUILDING("建设中"),
    /** 撤项: the office ended the project during the building period; no acceptance, no award follow. */
    WITHDRAWN_BY_OFFICE("已撤项"),
    SUMMARY_SUBMITTED("已提交验收总结"),
    SUMMARY_OVERDUE("逾期未提交总结"),
    PASSED("验收通过"),
    FAILED("验收未通过"),
    AWARDED("已表彰");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
