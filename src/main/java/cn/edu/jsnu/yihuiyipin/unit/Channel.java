package cn.edu.jsnu.yihuiyipin.unit;

/** 分别报校工会或妇联: the office a grassroots unit reports to, with its office and expert groups. */
public enum Channel {
    UNION("校工会", "union-office", "experts-union"),
    WOMEN("校妇联", "women-office", "experts-women");

    private final String label;
    private final String officeGroup;
    private final String expertGroup;

    Channel(String label, String officeGroup, String expertGroup) {
        this.label = label;
        this.officeGroup = officeGroup;
        this.expertGroup = expertGroup;
    }

    public String label() {
        return label;
    }

    public String officeGroup() {
        return officeGroup;
    }

    public String expertGroup() {
        return expertGroup;
    }
}
