package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 品牌历程 {@code /app/units/{code}/history}: for the unit's members, its channel's office and admins. */
@Controller
class BrandHistoryController {

    private final UnitBrandHistory histories;

    BrandHistoryController(UnitBrandHistory histories) {
        this.histories = histories;
    }

    @GetMapping("/app/units/{code}/history")
    String history(Viewer viewer, @PathVariable String code, Model model) {
        model.addAttribute("history", histories.of(viewer, code));
        return "ledger/history";
    }
}
