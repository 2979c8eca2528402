package cn.edu.jsnu.yihuiyipin.unitadmin;

import cn.edu.jsnu.yihuiyipin.access.AccessRefusedException;
import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 单位管理 ({@code /app/admin/units}): admins only; every change goes through {@link UnitAdministration}. */
@Controller
@RequestMapping("/app/admin/units")
class UnitAdminController {

    private static final int RECENT_CHANGES = 50;

    private final UnitAdministration administration;
    private final GrassrootsUnitRepository units;
    private final UnitChangeRepository changes;

    UnitAdminController(
            UnitAdministration administration, GrassrootsUnitRepository units, UnitChangeRepository changes) {
        this.administration = administration;
        this.units = units;
        this.changes = changes;
    }

    @GetMapping
    String list(Viewer viewer, Model model) {
        requireAdmin(viewer);
        List<GrassrootsUnit> all = units.findAllByOrderByActiveDescSortOrderAscIdAsc();
        model.addAttribute("units", all);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("unitNames", names(all));
        model.addAttribute("changes", changes.findAllByOrderByChangedAtDescIdDesc(PageRequest.of(0, RECENT_CHANGES)));
        return "unitadmin/units";
    }

    @GetMapping("/{unitId}")
    String history(Viewer viewer, @PathVariable long unitId, Model model) {
        requireAdmin(viewer);
        GrassrootsUnit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("单位不存在。"));
        model.addAttribute("unit", unit);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("changes", changes.findByUnitIdOrderByChangedAtDescIdDesc(unitId));
        return "unitadmin/unit";
    }

    @PostMapping
    String add(
            Viewer viewer,
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam Channel channel,
            RedirectAttributes flash) {
        requireAdmin(viewer);
        GrassrootsUnit unit = administration.add(code, name, channel, viewer.userId());
        flash.addFlashAttribute("notice", "已新增单位“" + unit.getName() + "”，Tasklist 用户组 " + unit.getGroupId() + " 已创建。");
        return "redirect:/app/admin/units";
    }

    @PostMapping("/{unitId}/name")
    String rename(Viewer viewer, @PathVariable long unitId, @RequestParam String name, RedirectAttributes flash) {
        requireAdmin(viewer);
        GrassrootsUnit unit = administration.rename(unitId, name, viewer.userId());
        flash.addFlashAttribute("notice", "已改名为“" + unit.getName() + "”，Tasklist 用户组名称已同步。");
        return "redirect:/app/admin/units/" + unitId;
    }

    @PostMapping("/{unitId}/channel")
    String changeChannel(
            Viewer viewer, @PathVariable long unitId, @RequestParam Channel channel, RedirectAttributes flash) {
        requireAdmin(viewer);
        GrassrootsUnit unit = administration.changeChannel(unitId, channel, viewer.userId());
        flash.addFlashAttribute("notice", "“" + unit.getName() + "”自下一次申报起报" + channel.label() + "。");
        return "redirect:/app/admin/units/" + unitId;
    }

    @PostMapping("/{unitId}/deactivation")
    String deactivate(Viewer viewer, @PathVariable long unitId, RedirectAttributes flash) {
        requireAdmin(viewer);
        GrassrootsUnit unit = administration.deactivate(unitId, viewer.userId());
        flash.addFlashAttribute("notice", "已停用“" + unit.getName() + "”。");
        return "redirect:/app/admin/units/" + unitId;
    }

    @PostMapping("/{unitId}/activation")
    String reactivate(Viewer viewer, @PathVariable long unitId, RedirectAttributes flash) {
        requireAdmin(viewer);
        GrassrootsUnit unit = administration.reactivate(unitId, viewer.userId());
        flash.addFlashAttribute("notice", "已启用“" + unit.getName() + "”。");
        return "redirect:/app/admin/units/" + unitId;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessRefusedException("只有系统管理员可以管理基层单位。");
        }
    }

    private static Map<Long, String> names(List<GrassrootsUnit> all) {
        return all.stream().collect(Collectors.toMap(GrassrootsUnit::getId, GrassrootsUnit::getName, (a, b) -> a));
    }
}
