package cn.edu.jsnu.yihuiyipin.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 基层工会（分工会）or 基层妇联（妇委会）; its staff form the Camunda group {@link #getGroupId()}. */
@Entity
@Table(name = "grassroots_unit")
public class GrassrootsUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "group_id", nullable = false, unique = true)
    private String groupId;

    private boolean active = true;

    @Column(name = "sort_order")
    private int sortOrder;

    protected GrassrootsUnit() {}

    public GrassrootsUnit(String code, String name, Channel channel, String groupId) {
        this.code = code;
        this.name = name;
        this.channel = channel;
        this.groupId = groupId;
    }

    /** A unit an admin adds: listed after the others of its channel ({@code sortOrder}). */
    public GrassrootsUnit(String code, String name, Channel channel, String groupId, int sortOrder) {
        this(code, name, channel, groupId);
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Channel getChannel() {
        return channel;
    }

    public void rename(String name) {
        this.name = name;
    }

    /** Applies from the unit's next application; projects already made keep the channel they were made in. */
    public void moveToChannel(Channel channel) {
        this.channel = channel;
    }

    public String getGroupId() {
        return groupId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
