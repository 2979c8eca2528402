package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.ProjectScope;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 项目台账 {@code /app/projects}: the viewer's projects with filters, sorting and pages. */
@Controller
class LedgerController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProjectAccess access;
    private final ProjectLedger ledger;

    LedgerController(ProjectAccess access, ProjectLedger ledger) {
        this.access = access;
        this.ledger = ledger;
    }

    @GetMapping(LedgerLinks.PAGE)
    String ledger(Viewer viewer, LedgerParameters parameters, Model model) {
        LedgerQuery query = parameters.query();
        ProjectScope scope = access.scope(viewer);
        model.addAttribute("query", query);
        model.addAttribute("result", ledger.page(scope, query));
        model.addAttribute("links", new LedgerLinks(query));
        model.addAttribute("years", ledger.years(scope));
        model.addAttribute("units", ledger.units(scope));
        model.addAttribute("channels", channels(viewer));
        model.addAttribute("categories", ProjectCategory.values());
        model.addAttribute("statuses", ProjectStatus.values());
        return "ledger/projects";
    }

    /**
     * The same projects as the page with the same filters and order, every page of them, as .xlsx. The
     * parameters are checked before anything is written, so a bad one is a 400 page, not a broken file.
     */
    @GetMapping(LedgerLinks.EXCEL)
    void excel(Viewer viewer, LedgerParameters parameters, HttpServletResponse response) throws IOException {
        LedgerQuery query = parameters.everyPage();
        ProjectScope scope = access.scope(viewer);
        try (LedgerWorkbook workbook = new LedgerWorkbook()) {
            ledger.forEach(scope, query, workbook::add);
            response.setContentType(XLSX);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(fileName(query), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            workbook.finish(response.getOutputStream());
        }
    }

    static String fileName(LedgerQuery query) {
        return "项目台账" + (query.year() == null ? "" : "-" + query.year()) + ".xlsx";
    }

    /** An office sees one channel: no channel filter to offer beyond it. */
    private static List<Channel> channels(Viewer viewer) {
        return viewer.isAdmin() ? Arrays.asList(Channel.values()) : List.copyOf(viewer.officeChannels());
    }
}
