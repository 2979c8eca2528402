package cn.edu.jsnu.yihuiyipin.projectpage;

import cn.edu.jsnu.yihuiyipin.access.AccessRefusedException;
import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecords;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressRating;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 项目详情 {@code /app/projects/{id}}, and 过程指导 recorded from it by the channel's office. */
@Controller
class ProjectPageController {

    private final ProjectPages pages;
    private final ProjectAccess access;
    private final GuidanceRecords guidance;

    ProjectPageController(ProjectPages pages, ProjectAccess access, GuidanceRecords guidance) {
        this.pages = pages;
        this.access = access;
        this.guidance = guidance;
    }

    @GetMapping("/app/projects/{id}")
    String project(@PathVariable Long id, Viewer viewer, Model model) {
        ProjectPages.Page page = pages.page(viewer, id);
        // the materials section of the page takes the project itself
        model.addAttribute("project", page.project());
        model.addAttribute("details", page.details());
        model.addAttribute("ratings", List.of(ProgressRating.values()));
        return "project/detail";
    }

    /**
     * 过程指导 at any time of the building period, stored as Tasklist's 过程指导 stores it. A refused entry
     * (outside the building period, empty advice, a forged rating) answers 400 with the project page
     * again: the sentence above the form, and what the office typed still in it.
     */
    @PostMapping("/app/projects/{id}/guidance")
    String recordGuidance(
            @PathVariable Long id,
            @RequestParam(required = false) String advice,
            @RequestParam(required = false) String rating,
            Viewer viewer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BrandProject project = access.viewable(viewer, id);
        if (!viewer.isAdmin() && !access.isChannelOffice(viewer, project)) {
            throw new AccessRefusedException("只有项目所属渠道的校工会（妇联）可以记录过程指导。");
        }
        try {
            guidance.recordAnytime(project.getId(), viewer.userId(), advice, rating);
        } catch (InvalidTaskInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("guidanceError", refused.getMessage());
            model.addAttribute("typedAdvice", advice);
            model.addAttribute("typedRating", rating);
            return project(id, viewer, model);
        }
        redirect.addFlashAttribute("notice", "过程指导已记录。");
        return "redirect:/app/projects/" + id + "#guidance";
    }
}
