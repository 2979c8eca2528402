package cn.edu.jsnu.yihuiyipin.unit;

/**
 * 分别报校工会或妇联: the office a grassroots unit reports to, with its office and expert groups and the
 * Camunda tenant its units' instances run in.
 */
public enum Channel {
    UNION("校工会", "union-office", "experts-union", "union"),
    WOMEN("校妇联", "women-office", "experts-women", "women");

    private final String label;
    private final String officeGroup;
    private final String expertGroup;
    private final String tenantId;

    Channel(String label, String officeGroup, String expertGroup, String tenantId) {
        this.label = label;
        this.officeGroup = officeGroup;
        this.expertGroup = expertGroup;
        this.tenantId = tenantId;
    }

    /** The Camunda tenant of this channel's brand-application and brand-cultivation instances. */
    public String tenantId() {
        return tenantId;
    }

    /** The tenant's name in Admin and Cockpit. */
    public String tenantName() {
        return label + "渠道";
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
