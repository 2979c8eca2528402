package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger and the brand history as JSON for the university's OA or portal: the same queries, the
 * same role rules and the same refusals as the pages ({"status", "message"} instead of a page).
 */
@RestController
@Tag(name = "项目台账", description = "项目台账与单位品牌历程；与网页相同的角色规则")
class LedgerApiController {

    private final ProjectAccess access;
    private final ProjectLedger ledger;
    private final UnitBrandHistory histories;

    LedgerApiController(ProjectAccess access, ProjectLedger ledger, UnitBrandHistory histories) {
        this.access = access;
        this.ledger = ledger;
        this.histories = histories;
    }

    @GetMapping("/api/projects")
    @Operation(summary = "项目台账（分页）", description = "管理员：全部项目；校工会/校妇联：本渠道；基层单位：本单位历年项目；评审专家：其评审过的项目。")
    LedgerPage projects(
            @Parameter(hidden = true) Viewer viewer,
            @Parameter(description = "年度，四位数字") @RequestParam(required = false) String year,
            @Parameter(description = "渠道：UNION 或 WOMEN") @RequestParam(required = false) String channel,
            @Parameter(description = "类别，如 CULTURE") @RequestParam(required = false) String category,
            @Parameter(description = "状态，如 BUILDING") @RequestParam(required = false) String status,
            @Parameter(description = "单位代码，如 wxy-gh") @RequestParam(required = false) String unit,
            @Parameter(
                            description =
                                    "排序列：year, unit, category, status, requested, approved, reviewScore, acceptanceScore, award")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "asc 或 desc") @RequestParam(required = false) String dir,
            @Parameter(description = "页码，从 1 开始") @RequestParam(required = false) String page,
            @Parameter(description = "每页条数，1–200，默认 50") @RequestParam(required = false) String size) {
        LedgerQuery query = LedgerQuery.parse(year, channel, category, status, unit, sort, dir, page, size);
        return ledger.page(access.scope(viewer), query);
    }

    @GetMapping("/api/units/{code}/history")
    @Operation(summary = "单位品牌历程", description = "按延续关系归组的历年项目及每年的结果。")
    UnitBrandHistory.History history(@Parameter(hidden = true) Viewer viewer, @PathVariable String code) {
        return histories.of(viewer, code);
    }
}
