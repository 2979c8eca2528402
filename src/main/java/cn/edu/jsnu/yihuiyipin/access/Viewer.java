package cn.edu.jsnu.yihuiyipin.access;

import cn.edu.jsnu.yihuiyipin.people.Roles;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person as the application's pages see them: the Camunda user and their Camunda groups,
 * the same ones Tasklist authorizes with. Groups that are not a fixed role are the person's units.
 */
public record Viewer(String userId, String displayName, Set<String> groups) {

    public Viewer {
        groups = Set.copyOf(groups);
    }

    public boolean isAdmin() {
        return groups.contains(Roles.ADMINS);
    }

    public Set<Channel> officeChannels() {
        return Arrays.stream(Channel.values())
                .filter(channel -> groups.contains(channel.officeGroup()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }

    public boolean isOffice() {
        return !officeChannels().isEmpty();
    }

    public boolean isExpert() {
        return Roles.EXPERTS.stream().anyMatch(groups::contains);
    }

    /** The groups of grassroots units this person belongs to (an expert may also be a unit member). */
    public Set<String> unitGroups() {
        return groups.stream()
                .filter(group -> !Roles.ADMINS.equals(group))
                .filter(group ->
                        Roles.FIXED.stream().noneMatch(role -> role.id().equals(group)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Sees every project of a channel: its office, or an admin. */
    public boolean overseesChannel(Channel channel) {
        return isAdmin() || groups.contains(channel.officeGroup());
    }
}
