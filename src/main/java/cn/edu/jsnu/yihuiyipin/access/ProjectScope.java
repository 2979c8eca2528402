package cn.edu.jsnu.yihuiyipin.access;

import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Set;

/**
 * Which projects a viewer may see, in a form a query can filter by ({@link ProjectAccess#scope}): the
 * same rule as {@link ProjectAccess#canView}, for lists instead of one project. A project is in scope
 * when any part admits it; an empty scope admits nothing.
 *
 * @param everything admins: every project
 * @param channels the offices' channels: every project of the channel
 * @param unitGroups the Camunda groups of the viewer's units: their projects of every year
 * @param reviewed the projects (year and unit) whose 专家评审 or 验收评审 the viewer held
 */
public record ProjectScope(
        boolean everything, Set<Channel> channels, Set<String> unitGroups, Set<ReviewedProject> reviewed) {

    public ProjectScope {
        channels = Set.copyOf(channels);
        unitGroups = Set.copyOf(unitGroups);
        reviewed = Set.copyOf(reviewed);
    }

    /** A project is one unit's in one year (unique), which is what a review task's business key names. */
    public record ReviewedProject(int year, String unitCode) {}

    public boolean isEmpty() {
        return !everything && channels.isEmpty() && unitGroups.isEmpty() && reviewed.isEmpty();
    }
}
