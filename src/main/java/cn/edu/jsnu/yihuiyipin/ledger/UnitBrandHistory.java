package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 品牌历程: a unit's projects across the years, grouped into brands by the continuation chain (a
 * project that continues an earlier one, {@code continued_project_id}, joins that one's brand). The
 * projects are the viewer's ledger rows of the unit, so the history shows nothing the ledger would not.
 */
@Service
public class UnitBrandHistory {

    static final String NOT_VISIBLE = "单位不存在，或您无权查看该单位的品牌历程。";

    private final GrassrootsUnitRepository units;
    private final ProjectAccess access;
    private final ProjectLedger ledger;

    public UnitBrandHistory(GrassrootsUnitRepository units, ProjectAccess access, ProjectLedger ledger) {
        this.units = units;
        this.access = access;
        this.ledger = ledger;
    }

    /** A unit's brands, newest first, and the years it had no project (未申报, 逾期). */
    public record History(
            String unitCode,
            String unitName,
            String channelLabel,
            List<Brand> brands,
            List<LedgerRow> yearsWithoutProject) {}

    /** One brand: its projects year by year, oldest first; named after its latest project. */
    public record Brand(String name, int firstYear, int lastYear, List<LedgerRow> years) {}

    @Transactional(readOnly = true)
    public History of(Viewer viewer, String unitCode) {
        LedgerQuery query = LedgerQuery.parse(null, null, null, null, unitCode, "year", "asc", null, null);
        GrassrootsUnit unit = units.findByCode(query.unitCode()).orElseThrow(() -> new NotFoundException(NOT_VISIBLE));
        List<LedgerRow> rows = ledger.all(access.scope(viewer), query);
        boolean ownsOrOversees =
                viewer.groups().contains(unit.getGroupId()) || viewer.overseesChannel(unit.getChannel());
        if (rows.isEmpty() && !ownsOrOversees) {
            throw new NotFoundException(NOT_VISIBLE);
        }
        return chains(unit, rows);
    }

    static History chains(GrassrootsUnit unit, List<LedgerRow> rowsByYear) {
        List<List<LedgerRow>> brands = new ArrayList<>();
        Map<Long, List<LedgerRow>> brandOfProject = new HashMap<>();
        List<LedgerRow> withoutProject = new ArrayList<>();
        for (LedgerRow row : rowsByYear) {
            if (row.name() == null) {
                withoutProject.add(row);
                continue;
            }
            List<LedgerRow> brand =
                    row.continuedProjectId() == null ? null : brandOfProject.get(row.continuedProjectId());
            if (brand == null) {
                brand = new ArrayList<>();
                brands.add(brand);
            }
            brand.add(row);
            brandOfProject.put(row.id(), brand);
        }
        List<Brand> newestFirst = brands.stream()
                .map(years -> new Brand(
                        years.get(years.size() - 1).name(),
                        years.get(0).year(),
                        years.get(years.size() - 1).year(),
                        List.copyOf(years)))
                .sorted((a, b) -> Integer.compare(b.lastYear(), a.lastYear()))
                .toList();
        return new History(
                unit.getCode(), unit.getName(), unit.getChannel().label(), newestFirst, List.copyOf(withoutProject));
    }
}
