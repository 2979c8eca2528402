package cn.edu.jsnu.yihuiyipin.people;

import java.util.List;

/**
 * The Camunda groups the processes name (ARCHITECTURE 4): the two offices, the two expert panels and
 * the admins. Each grassroots unit has its own group besides ({@code grassroots_unit.group_id}).
 */
public final class Roles {

    public static final String UNION_OFFICE = "union-office";
    public static final String WOMEN_OFFICE = "women-office";
    public static final String EXPERTS_UNION = "experts-union";
    public static final String EXPERTS_WOMEN = "experts-women";
    /** Created by the starter with the admin user; the only group that reaches Cockpit and Admin. */
    public static final String ADMINS = "camunda-admin";

    /** The Camunda webapp every role but the admins may enter. */
    public static final String TASKLIST = "tasklist";

    /** Fixed role groups with their Chinese names. */
    public static final List<RoleGroup> FIXED = List.of(
            new RoleGroup(UNION_OFFICE, "校工会"),
            new RoleGroup(WOMEN_OFFICE, "校妇联"),
            new RoleGroup(EXPERTS_UNION, "校工会评审专家"),
            new RoleGroup(EXPERTS_WOMEN, "校妇联评审专家"));

    public static final List<String> OFFICES = List.of(UNION_OFFICE, WOMEN_OFFICE);
    public static final List<String> EXPERTS = List.of(EXPERTS_UNION, EXPERTS_WOMEN);

    private Roles() {}

    /** A Camunda group: id and the name users see in Tasklist and Admin. */
    public record RoleGroup(String id, String name) {}
}
