package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.access.PersonNames;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The materials page of a project (gallery, videos, documents, the upload form), the files themselves
 * and deleting and restoring. Files are answered as a {@link Resource}: Spring MVC serves HTTP range
 * requests of it (206 with the asked bytes, read from disk region by region), which is how browsers
 * play and seek a video.
 */
@Controller
class MaterialsPageController {

    /** Blobs never change under a material's URL; a week in the browser's private cache saves reloading videos. */
    private static final CacheControl FILE_CACHE =
            CacheControl.maxAge(Duration.ofDays(7)).cachePrivate();

    private final MaterialsAccess access;
    private final ProjectMaterials materials;
    private final MaterialsSettings settings;
    private final PersonNames personNames;

    MaterialsPageController(
            MaterialsAccess access, ProjectMaterials materials, MaterialsSettings settings, PersonNames personNames) {
        this.access = access;
        this.materials = materials;
        this.settings = settings;
        this.personNames = personNames;
    }

    @GetMapping("/app/projects/{projectId}/materials")
    String page(Viewer viewer, @PathVariable Long projectId, Model model) {
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        MaterialRole role = context.actor().role();
        List<ProjectMaterial> all = materials.list(context.actor(), projectId);
        List<ProjectMaterial> shown = all.stream().filter(m -> !m.isDeleted()).toList();
        model.addAttribute("project", context.project());
        model.addAttribute("year", context.year());
        model.addAttribute("role", role);
        model.addAttribute(
                "mayUpload", MaterialRules.mayUpload(role, context.project().getStatus()));
        model.addAttribute(
                "uploadRefusal",
                MaterialRules.uploadRefusal(role, context.project().getStatus()));
        model.addAttribute(
                "mayDelete", MaterialRules.mayDelete(role, context.project().getStatus()));
        model.addAttribute("mayRestore", MaterialRules.mayRestore(role));
        model.addAttribute("images", ofKind(shown, MaterialKind.IMAGE));
        model.addAttribute("videos", ofKind(shown, MaterialKind.VIDEO));
        model.addAttribute("documents", ofKind(shown, MaterialKind.DOCUMENT));
        model.addAttribute(
                "deleted", all.stream().filter(ProjectMaterial::isDeleted).toList());
        model.addAttribute(
                "activities",
                shown.stream()
                        .map(ProjectMaterial::getActivity)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        model.addAttribute(
                "names",
                personNames.of(all.stream()
                        .flatMap(m -> Stream.of(m.getUploadedBy(), m.getDeletedBy(), m.getRestoredBy()))
                        .toList()));
        model.addAttribute("quota", materials.quotaUse(projectId));
        model.addAttribute("limits", new UploadLimits(settings));
        return "materials/page";
    }

    @GetMapping("/app/projects/{projectId}/materials/{materialId}/file")
    ResponseEntity<Resource> file(
            Viewer viewer,
            @PathVariable Long projectId,
            @PathVariable Long materialId,
            @RequestParam(name = "download", required = false) String download) {
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        ProjectMaterial material = materials.find(context.actor(), projectId, materialId);
        // photos, videos and PDFs open in the browser; Office files and anything asked for as a download are saved
        boolean inline = download == null
                && (material.getKind() != MaterialKind.DOCUMENT || material.getType() == MaterialType.PDF);
        ContentDisposition disposition = ContentDisposition.builder(inline ? "inline" : "attachment")
                .filename(material.getOriginalName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.getType().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(FILE_CACHE)
                .eTag(material.getSha256())
                .body(new FileSystemResource(materials.file(material)));
    }

    @GetMapping("/app/projects/{projectId}/materials/{materialId}/thumbnail")
    ResponseEntity<Resource> thumbnail(Viewer viewer, @PathVariable Long projectId, @PathVariable Long materialId) {
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        ProjectMaterial material = materials.find(context.actor(), projectId, materialId);
        return materials
                .thumbnail(material)
                .map(path -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(FILE_CACHE)
                        .eTag(material.getSha256() + "-thumbnail")
                        .<Resource>body(new FileSystemResource(path)))
                .orElseThrow(() -> MaterialRefusedException.notFound("这份材料没有缩略图。"));
    }

    @PostMapping("/app/projects/{projectId}/materials/{materialId}/delete")
    String delete(
            Viewer viewer, @PathVariable Long projectId, @PathVariable Long materialId, RedirectAttributes redirect) {
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        ProjectMaterial material = materials.delete(context.actor(), projectId, materialId);
        redirect.addFlashAttribute(
                "notice",
                "已删除“" + material.getOriginalName() + "”。"
                        + (MaterialRules.mayRestore(context.actor().role()) ? "" : "如需恢复，请联系校工会（妇联）。"));
        return "redirect:/app/projects/" + projectId + "/materials";
    }

    @PostMapping("/app/projects/{projectId}/materials/{materialId}/restore")
    String restore(
            Viewer viewer, @PathVariable Long projectId, @PathVariable Long materialId, RedirectAttributes redirect) {
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        ProjectMaterial material = materials.restore(context.actor(), projectId, materialId);
        redirect.addFlashAttribute("notice", "已恢复“" + material.getOriginalName() + "”。");
        return "redirect:/app/projects/" + projectId + "/materials";
    }

    private static List<ProjectMaterial> ofKind(List<ProjectMaterial> materials, MaterialKind kind) {
        return materials.stream().filter(m -> m.getKind() == kind).toList();
    }

    /** What the upload form says and its script checks before sending (the server checks again). */
    record UploadLimits(long imageBytes, long documentBytes, long videoBytes, String text, String accept) {
        UploadLimits(MaterialsSettings settings) {
            this(
                    settings.maxBytes(MaterialKind.IMAGE),
                    settings.maxBytes(MaterialKind.DOCUMENT),
                    settings.maxBytes(MaterialKind.VIDEO),
                    "图片（" + MaterialType.describe(MaterialKind.IMAGE) + "）每个不超过 "
                            + MaterialSizes.human(settings.maxBytes(MaterialKind.IMAGE)) + "；视频（"
                            + MaterialType.describe(MaterialKind.VIDEO) + "）不超过 "
                            + MaterialSizes.human(settings.maxBytes(MaterialKind.VIDEO)) + "；文档（"
                            + MaterialType.describe(MaterialKind.DOCUMENT) + "）不超过 "
                            + MaterialSizes.human(settings.maxBytes(MaterialKind.DOCUMENT)) + "。",
                    MaterialType.acceptAttribute());
        }
    }
}
