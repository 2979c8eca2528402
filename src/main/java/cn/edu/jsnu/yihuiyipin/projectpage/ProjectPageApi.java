package cn.edu.jsnu.yihuiyipin.projectpage;

import cn.edu.jsnu.yihuiyipin.access.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The project page as JSON, with the same role rules (HTTP Basic or the session). */
@RestController
class ProjectPageApi {

    private final ProjectPages pages;

    ProjectPageApi(ProjectPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/projects/{id}")
    ProjectDetails project(@PathVariable Long id, Viewer viewer) {
        return pages.details(viewer, id);
    }
}
