package cn.edu.jsnu.yihuiyipin.materials;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project's materials: upload (streamed to disk, checked, stored once per content), listing, soft
 * delete and restore. Callers have checked that the actor may see the project; the rules here decide
 * what the actor's role may change. Every refusal is a {@link MaterialRefusedException} with a Chinese
 * sentence, thrown after whatever the upload had written is gone.
 */
@Service
public class ProjectMaterials {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectMaterials.class);
    /** Enough of a file's start for Tika's magic (its longest pattern offset is below this). */
    private static final int SNIFF_BUFFER = 64 * 1024;

    private final ProjectMaterialRepository materials;
    private final BrandProjectRepository projects;
    private final MaterialFileStore store;
    private final MaterialTypeDetector detector;
    private final MaterialThumbnails thumbnails;
    private final MaterialsSettings settings;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;

    ProjectMaterials(
            ProjectMaterialRepository materials,
            BrandProjectRepository projects,
            MaterialFileStore store,
            MaterialTypeDetector detector,
            MaterialThumbnails thumbnails,
            MaterialsSettings settings,
            TransactionTemplate transaction,
            EntityManager entityManager,
            Clock clock) {
        this.materials = materials;
        this.projects = projects;
        this.store = store;
        this.detector = detector;
        this.thumbnails = thumbnails;
        this.settings = settings;
        this.transaction = transaction;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Receives one file. The bytes go through a fixed buffer to a part file (never whole into memory),
     * are hashed on the way and typed by Tika from their content; the row and the blob appear together
     * at the end, or neither does.
     */
    public ProjectMaterial upload(MaterialActor actor, Long projectId, MaterialUpload upload, InputStream body) {
        BrandProject project = project(projectId);
        if (!MaterialRules.mayUpload(actor.role(), project.getStatus())) {
            throw MaterialRefusedException.forbidden(MaterialRules.uploadRefusal(actor.role(), project.getStatus()));
        }
        String name = MaterialText.fileName(upload.fileName());
        String caption = MaterialText.caption(upload.caption());
        String activity = MaterialText.activity(upload.activity());
        if (upload.declaredLength() == 0) {
            throw empty(name);
        }
        long remaining = remainingQuota(projectId);
        checkQuota(name, upload.declaredLength(), remaining);

        BufferedInputStream in = new BufferedInputStream(body, SNIFF_BUFFER);
        MaterialKind expected;
        try {
            expected = MaterialType.ofMediaType(detector.sniff(in))
                    .map(MaterialType::kind)
                    // zip containers (DOCX, PPTX, XLSX) are told apart once the file is whole
                    .orElse(MaterialKind.DOCUMENT);
        } catch (IOException e) {
            throw brokenOff(name, e);
        }
        long kindLimit = settings.maxBytes(expected);
        if (upload.declaredLength() > kindLimit) {
            throw tooLarge(name, expected, upload.declaredLength());
        }
        long limit = Math.min(kindLimit, remaining);
        MaterialFileStore.IncomingFile file;
        try {
            file = store.receive(
                    in,
                    limit,
                    () -> remaining < kindLimit
                            ? quotaExceeded(name, remaining)
                            : tooLarge(name, expected, kindLimit + 1));
        } catch (IOException e) {
            throw brokenOff(name, e);
        }
        try (file) {
            if (upload.declaredLength() > 0 && file.size() != upload.declaredLength()) {
                throw brokenOff(name, null);
            }
            if (file.size() == 0) {
                throw empty(name);
            }
            MaterialType type = type(name, file.path());
            if (file.size() > settings.maxBytes(type.kind())) {
                throw tooLarge(name, type.kind(), file.size());
            }
            if (type.thumbnailed() && !thumbnails.create(file.path(), file.sha256())) {
                throw MaterialRefusedException.badRequest("“" + name + "”看起来是" + type.label() + "，但无法读取，文件可能已损坏。");
            }
            StoredBlob blob = new StoredBlob(file.sha256(), file.size(), type);
            ProjectMaterial saved =
                    transaction.execute(status -> save(actor, projectId, name, caption, activity, blob, file));
            LOG.info(
                    "material {} of project {} uploaded by {}: {} ({}, {} bytes, sha256 {})",
                    saved.getId(),
                    projectId,
                    actor.userId(),
                    name,
                    type,
                    file.size(),
                    file.sha256());
            return saved;
        } catch (IOException e) {
            throw new IllegalStateException("cannot store material of project " + projectId, e);
        }
    }

    private ProjectMaterial save(
            MaterialActor actor,
            Long projectId,
            String name,
            String caption,
            String activity,
            StoredBlob blob,
            MaterialFileStore.IncomingFile file) {
        // one upload at a time per project past this point, so two cannot both fit the quota's last bytes
        entityManager.find(BrandProject.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        long remaining = remainingQuota(projectId);
        if (blob.size() > remaining) {
            throw quotaExceeded(name, remaining);
        }
        ProjectMaterial material = materials.saveAndFlush(new ProjectMaterial(
                projectId, blob, name, caption, activity, actor.userId(), LocalDateTime.now(clock)));
        try {
            store.keep(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot move " + file.path() + " into the blob store", e);
        }
        return material;
    }

    private MaterialType type(String name, Path file) throws IOException {
        String detected = detector.detect(file);
        MaterialType type = MaterialType.ofMediaType(detected)
                .orElseThrow(() -> new MaterialRefusedException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "“" + name + "”的内容不是允许的类型（检测到 " + detected + "）。允许的类型：图片 "
                                + MaterialType.describe(MaterialKind.IMAGE) + "；视频 "
                                + MaterialType.describe(MaterialKind.VIDEO) + "；文档 "
                                + MaterialType.describe(MaterialKind.DOCUMENT) + "。"));
        if (!type.matchesExtensionOf(name)) {
            throw new MaterialRefusedException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "“" + name + "”的内容是" + type.label() + "，与文件扩展名不符（应为 ." + String.join(" 或 .", type.extensions())
                            + "）；请确认文件后改正扩展名再上传。");
        }
        return type;
    }

    /** The project's materials in upload order; deleted ones only for those who may restore them. */
    @Transactional(readOnly = true)
    public List<ProjectMaterial> list(MaterialActor actor, Long projectId) {
        boolean seesDeleted = MaterialRules.mayRestore(actor.role());
        return materials.findByProjectIdOrderByUploadedAtAscIdAsc(projectId).stream()
                .filter(m -> seesDeleted || !m.isDeleted())
                .toList();
    }

    /** One material of the project, 404 if it belongs to another project or is deleted (for those who cannot restore). */
    @Transactional(readOnly = true)
    public ProjectMaterial find(MaterialActor actor, Long projectId, Long materialId) {
        return materials
                .findByIdAndProjectId(materialId, projectId)
                .filter(m -> !m.isDeleted() || MaterialRules.mayRestore(actor.role()))
                .orElseThrow(() -> MaterialRefusedException.notFound("该项目没有这份材料（或已删除）。"));
    }

    public Path file(ProjectMaterial material) {
        return store.blob(material.getSha256());
    }

    public Optional<Path> thumbnail(ProjectMaterial material) {
        return material.getType().thumbnailed() ? thumbnails.find(material.getSha256()) : Optional.empty();
    }

    @Transactional
    public ProjectMaterial delete(MaterialActor actor, Long projectId, Long materialId) {
        BrandProject project = project(projectId);
        if (!MaterialRules.mayDelete(actor.role(), project.getStatus())) {
            throw MaterialRefusedException.forbidden(MaterialRules.deleteRefusal(actor.role(), project.getStatus()));
        }
        ProjectMaterial material = find(actor, projectId, materialId);
        if (material.isDeleted()) {
            throw new MaterialRefusedException(HttpStatus.CONFLICT, "“" + material.getOriginalName() + "”已经删除。");
        }
        material.delete(actor.userId(), LocalDateTime.now(clock));
        LOG.info("material {} of project {} deleted by {}", materialId, projectId, actor.userId());
        return material;
    }

    @Transactional
    public ProjectMaterial restore(MaterialActor actor, Long projectId, Long materialId) {
        if (!MaterialRules.mayRestore(actor.role())) {
            throw MaterialRefusedException.forbidden("只有校工会（妇联）可以恢复已删除的材料。");
        }
        entityManager.find(BrandProject.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        ProjectMaterial material = find(actor, projectId, materialId);
        if (!material.isDeleted()) {
            throw new MaterialRefusedException(HttpStatus.CONFLICT, "“" + material.getOriginalName() + "”没有被删除，无需恢复。");
        }
        long remaining = remainingQuota(projectId);
        if (material.getSizeBytes() > remaining) {
            throw quotaExceeded(material.getOriginalName(), remaining);
        }
        material.restore(actor.userId(), LocalDateTime.now(clock));
        LOG.info("material {} of project {} restored by {}", materialId, projectId, actor.userId());
        return material;
    }

    /** Bytes used by the project's materials that are not deleted, and its quota. */
    @Transactional(readOnly = true)
    public QuotaUse quotaUse(Long projectId) {
        return new QuotaUse(
                materials.usedBytes(projectId), settings.projectQuota().toBytes());
    }

    private long remainingQuota(Long projectId) {
        return Math.max(0, settings.projectQuota().toBytes() - materials.usedBytes(projectId));
    }

    private BrandProject project(Long projectId) {
        return projects.findById(projectId).orElseThrow(() -> MaterialRefusedException.notFound("项目不存在。"));
    }

    private void checkQuota(String name, long declaredLength, long remaining) {
        if (declaredLength > settings.largestFile()) {
            throw tooLarge(name, MaterialKind.VIDEO, declaredLength);
        }
        if (declaredLength > remaining) {
            throw quotaExceeded(name, remaining);
        }
    }

    private MaterialRefusedException tooLarge(String name, MaterialKind kind, long size) {
        return new MaterialRefusedException(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "“" + name + "”超过了" + kind.label() + "的大小上限 " + MaterialSizes.human(settings.maxBytes(kind))
                        + (size > 0 ? "（该文件至少 " + MaterialSizes.human(size) + "）" : "") + "。");
    }

    private MaterialRefusedException quotaExceeded(String name, long remaining) {
        return new MaterialRefusedException(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "上传“" + name + "”将超出本项目材料的总量上限 "
                        + MaterialSizes.human(settings.projectQuota().toBytes()) + "（还剩 "
                        + MaterialSizes.human(remaining) + "）；请删除不需要的材料或联系校工会（妇联）。");
    }

    private static MaterialRefusedException empty(String name) {
        return MaterialRefusedException.badRequest("“" + name + "”是空文件（0 字节），没有上传。");
    }

    private static MaterialRefusedException brokenOff(String name, IOException cause) {
        return new MaterialRefusedException(HttpStatus.BAD_REQUEST, "“" + name + "”的上传中断，文件没有保存；请重新上传。", cause);
    }

    /** A project's bytes in use against its quota. */
    public record QuotaUse(long usedBytes, long quotaBytes) {
        public String describe() {
            return MaterialSizes.human(usedBytes) + " / " + MaterialSizes.human(quotaBytes);
        }
    }
}
