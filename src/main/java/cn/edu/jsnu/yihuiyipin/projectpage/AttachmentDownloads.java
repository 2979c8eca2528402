package cn.edu.jsnu.yihuiyipin.projectpage;

import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Word documents of a project, for whoever may see the project (same 404 for anyone else). */
@Controller
class AttachmentDownloads {

    private final ProjectAccess access;
    private final AttachmentDocuments documents;

    AttachmentDownloads(ProjectAccess access, AttachmentDocuments documents) {
        this.access = access;
        this.documents = documents;
    }

    @GetMapping("/app/projects/{id}/attachment1.docx")
    ResponseEntity<byte[]> attachment1(@PathVariable Long id, Viewer viewer) {
        BrandProject project = access.viewable(viewer, id);
        if (project.getSubmittedAt() == null) {
            throw new NotFoundException("该单位本年度未提交项目创建申报表（附件1）。");
        }
        return docx(documents.attachment1(project), "附件1_项目创建申报表", project);
    }

    @GetMapping("/app/projects/{id}/attachment2.docx")
    ResponseEntity<byte[]> attachment2(@PathVariable Long id, Viewer viewer) {
        BrandProject project = access.viewable(viewer, id);
        if (!documents.hasSummary(project)) {
            throw new NotFoundException("该项目尚未提交验收总结表（附件2）。");
        }
        return docx(documents.attachment2(project), "附件2_项目验收总结表", project);
    }

    private static ResponseEntity<byte[]> docx(byte[] content, String title, BrandProject project) {
        String filename = title + "_" + project.getUnit().getName() + "_" + project.getId() + ".docx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AttachmentDocuments.DOCX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
