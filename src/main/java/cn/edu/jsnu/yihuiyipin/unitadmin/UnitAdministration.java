package cn.edu.jsnu.yihuiyipin.unitadmin;

import cn.edu.jsnu.yihuiyipin.access.BadRequestException;
import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.people.CamundaUnitGroups;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import cn.edu.jsnu.yihuiyipin.unitadmin.UnitChange.Action;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin may do to a grassroots unit: add, rename, move to the other channel, deactivate and
 * reactivate. Each change updates the unit, its Camunda group (at once, in the same transaction) and
 * the change history. A unit is never deleted: its projects and its group's history stay.
 */
@Service
public class UnitAdministration {

    /** Codes become group ids ({@code unit-<code>}) and business keys: lower-case letters, digits, hyphens. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,30}");

    static final int MAX_NAME_LENGTH = 100;

    private final GrassrootsUnitRepository units;
    private final UnitChangeRepository changes;
    private final CamundaUnitGroups groups;
    private final Clock clock;

    UnitAdministration(
            GrassrootsUnitRepository units, UnitChangeRepository changes, CamundaUnitGroups groups, Clock clock) {
        this.units = units;
        this.changes = changes;
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional
    public GrassrootsUnit add(String code, String name, Channel channel, String adminId) {
        String cleanCode = code == null ? "" : code.trim();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new BadRequestException("单位代码须为 2–31 位小写字母、数字或连字符，且以字母或数字开头。");
        }
        if (channel == null) {
            throw new BadRequestException("请选择单位所属渠道（校工会或校妇联）。");
        }
        String cleanName = checkedName(name);
        String groupId = "unit-" + cleanCode;
        if (units.findByCode(cleanCode).isPresent()
                || units.findByGroupId(groupId).isPresent()) {
            throw new BadRequestException("单位代码“" + cleanCode + "”已被使用。");
        }
        checkNameFree(cleanName);
        GrassrootsUnit unit;
        try {
            unit = units.saveAndFlush(
                    new GrassrootsUnit(cleanCode, cleanName, channel, groupId, units.maxSortOrder() + 10));
        } catch (DataIntegrityViolationException raced) {
            // another admin added the same code a moment earlier: the unique key answers
            throw new BadRequestException("单位代码“" + cleanCode + "”已被使用。");
        }
        groups.synchronize(groupId, cleanName);
        record(unit, Action.ADDED, cleanName + "（" + channel.label() + "，用户组 " + groupId + "）", adminId);
        return unit;
    }

    @Transactional
    public GrassrootsUnit rename(long unitId, String name, String adminId) {
        GrassrootsUnit unit = unit(unitId);
        String cleanName = checkedName(name);
        if (cleanName.equals(unit.getName())) {
            throw new BadRequestException("新名称与原名称相同。");
        }
        checkNameFree(cleanName);
        String before = unit.getName();
        unit.rename(cleanName);
        // the group synchronization reads the units with JDBC: it must see the new name
        units.saveAndFlush(unit);
        groups.synchronize(unit.getGroupId(), cleanName);
        record(unit, Action.RENAMED, before + " → " + cleanName, adminId);
        return unit;
    }

    @Transactional
    public GrassrootsUnit changeChannel(long unitId, Channel channel, String adminId) {
        GrassrootsUnit unit = unit(unitId);
        if (channel == null) {
            throw new BadRequestException("请选择单位所属渠道（校工会或校妇联）。");
        }
        if (channel == unit.getChannel()) {
            throw new BadRequestException("单位已属于" + channel.label() + "。");
        }
        Channel before = unit.getChannel();
        unit.moveToChannel(channel);
        // its group joins the new channel's tenant now, before the unit's next application starts in it
        // (the group synchronization reads the units with JDBC: it must see the new channel)
        units.saveAndFlush(unit);
        groups.synchronize(unit.getGroupId(), unit.getName());
        record(unit, Action.CHANNEL_CHANGED, before.label() + " → " + channel.label() + "（自下一次申报起生效）", adminId);
        return unit;
    }

    @Transactional
    public GrassrootsUnit deactivate(long unitId, String adminId) {
        GrassrootsUnit unit = unit(unitId);
        if (!unit.isActive()) {
            throw new BadRequestException("单位已停用。");
        }
        unit.setActive(false);
        record(unit, Action.DEACTIVATED, "不再参加新的年度申报；已有项目与用户组保留", adminId);
        return unit;
    }

    @Transactional
    public GrassrootsUnit reactivate(long unitId, String adminId) {
        GrassrootsUnit unit = unit(unitId);
        if (unit.isActive()) {
            throw new BadRequestException("单位已处于启用状态。");
        }
        unit.setActive(true);
        units.saveAndFlush(unit);
        groups.synchronize(unit.getGroupId(), unit.getName());
        record(unit, Action.REACTIVATED, "自下一次年度申报起参加", adminId);
        return unit;
    }

    private GrassrootsUnit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("单位不存在。"));
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.length() < 2 || clean.length() > MAX_NAME_LENGTH) {
            throw new BadRequestException("单位名称须为 2–" + MAX_NAME_LENGTH + " 个字。");
        }
        return clean;
    }

    private void checkNameFree(String name) {
        if (units.existsByName(name)) {
            throw new BadRequestException("已有名为“" + name + "”的单位。");
        }
    }

    private void record(GrassrootsUnit unit, Action action, String detail, String adminId) {
        changes.save(new UnitChange(unit.getId(), action, detail, adminId, LocalDateTime.now(clock)));
    }
}
