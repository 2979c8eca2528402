package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.access.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The upload: one file per request, its bytes as the request body (no multipart), so the service reads
 * them straight off the connection through a fixed buffer. The name, caption and activity travel in
 * headers, percent-encoded UTF-8 ({@code encodeURIComponent}), where no firewall or parameter parser
 * decodes them first and every refusal is the service's Chinese sentence.
 *
 * <pre>
 * POST /api/projects/{id}/materials
 * X-Material-Name: %E5%90%88%E5%BD%B1.jpg
 * X-Material-Caption: ...        (optional)
 * X-Material-Activity: ...       (optional)
 * Content-Length: 123456
 *
 * &lt;the file's bytes&gt;
 * </pre>
 */
@RestController
class MaterialsApiController {

    static final String NAME_HEADER = "X-Material-Name";
    static final String CAPTION_HEADER = "X-Material-Caption";
    static final String ACTIVITY_HEADER = "X-Material-Activity";

    private final MaterialsAccess access;
    private final ProjectMaterials materials;

    MaterialsApiController(MaterialsAccess access, ProjectMaterials materials) {
        this.access = access;
        this.materials = materials;
    }

    @PostMapping("/api/projects/{projectId}/materials")
    ResponseEntity<Map<String, Object>> upload(
            Viewer viewer,
            @PathVariable Long projectId,
            @RequestHeader(name = NAME_HEADER, required = false) String name,
            @RequestHeader(name = CAPTION_HEADER, required = false) String caption,
            @RequestHeader(name = ACTIVITY_HEADER, required = false) String activity,
            HttpServletRequest request)
            throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            throw MaterialRefusedException.badRequest("请把文件内容直接作为请求体上传（不用 multipart），文件名放在 " + NAME_HEADER + " 中。");
        }
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        MaterialUpload upload = new MaterialUpload(
                decode(name, "文件名"), decode(caption, "说明"), decode(activity, "所属活动"), request.getContentLengthLong());
        ProjectMaterial material;
        try (InputStream body = request.getInputStream()) {
            material = materials.upload(context.actor(), projectId, upload, body);
        }
        return ResponseEntity.created(URI.create(request.getContextPath() + "/app/projects/" + projectId + "/materials/"
                        + material.getId() + "/file"))
                .body(json(material));
    }

    @GetMapping("/api/projects/{projectId}/materials")
    List<Map<String, Object>> list(Viewer viewer, @PathVariable Long projectId) {
        MaterialsAccess.MaterialsContext context = access.open(viewer, projectId);
        return materials.list(context.actor(), projectId).stream()
                .map(MaterialsApiController::json)
                .toList();
    }

    private static Map<String, Object> json(ProjectMaterial material) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", material.getId());
        json.put("name", material.getOriginalName());
        json.put("type", material.getType().name());
        json.put("mediaType", material.getType().mediaType());
        json.put("kind", material.getKind().name());
        json.put("size", material.getSizeBytes());
        json.put("sha256", material.getSha256());
        json.put("caption", material.getCaption());
        json.put("activity", material.getActivity());
        json.put("uploadedBy", material.getUploadedBy());
        json.put("uploadedAt", material.getUploadedAt().toString());
        json.put("deleted", material.isDeleted());
        return json;
    }

    private static String decode(String header, String field) {
        if (header == null) {
            return null;
        }
        try {
            return UriUtils.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new MaterialRefusedException(
                    HttpStatus.BAD_REQUEST, "“" + field + "”的编码无效（应为 UTF-8 的百分号编码）。", malformed);
        }
    }
}
