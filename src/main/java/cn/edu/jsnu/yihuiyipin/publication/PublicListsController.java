package cn.edu.jsnu.yihuiyipin.publication;

import cn.edu.jsnu.yihuiyipin.access.BadRequestException;
import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 公示 pages, without sign-in: a year's published 立项名单 and 表彰名单; nothing else is public. */
@Controller
class PublicListsController {

    private final PublishedLists lists;

    PublicListsController(PublishedLists lists) {
        this.lists = lists;
    }

    @GetMapping("/public/{year}/approved")
    String approved(@PathVariable int year, Model model) {
        List<PublishedLists.PublicEntry> entries =
                lists.approved(checked(year)).orElseThrow(() -> new NotFoundException(year + " 年度的立项名单尚未公布。"));
        model.addAttribute("year", year);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "total",
                entries.stream()
                        .map(PublishedLists.PublicEntry::funding)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        return "publication/approved";
    }

    @GetMapping("/public/{year}/awards")
    String awards(@PathVariable int year, Model model) {
        List<PublishedLists.PublicEntry> entries =
                lists.awards(checked(year)).orElseThrow(() -> new NotFoundException(year + " 年度的表彰名单尚未公布。"));
        model.addAttribute("year", year);
        model.addAttribute("entries", entries);
        return "publication/awards";
    }

    private static int checked(int year) {
        if (year < 2000 || year > 9999) {
            throw new BadRequestException("年度无效。");
        }
        return year;
    }
}
