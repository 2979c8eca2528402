package cn.edu.jsnu.yihuiyipin.materials;

/**
 * How a person stands to one project's materials; the web layer works it out from the signed-in user
 * (the strongest one applies: an admin who is also in the unit acts as admin).
 */
public enum MaterialRole {
    /** A member of the project's own unit. */
    UNIT_MEMBER,
    /** The office of the project's channel (校工会 or 校妇联). */
    OFFICE,
    ADMIN,
    /** An expert assigned to the project's acceptance review (验收评审): looks, changes nothing. */
    ACCEPTANCE_EXPERT
}
