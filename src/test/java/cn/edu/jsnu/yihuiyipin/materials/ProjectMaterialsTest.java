package cn.edu.jsnu.yihuiyipin.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The upload pipeline without the web: what is stored, and for every bad input of issue 11 the Chinese
 * sentence, the 4xx status, and that nothing stays on disk or in the table.
 */
@MaterialsSpringTest
class ProjectMaterialsTest {

    private static final MaterialActor UNIT = new MaterialActor("wxy-member", MaterialRole.UNIT_MEMBER);
    private static final MaterialActor OFFICE = new MaterialActor("gh-office-staff", MaterialRole.OFFICE);
    private static final MaterialActor EXPERT = new MaterialActor("acc-expert", MaterialRole.ACCEPTANCE_EXPERT);
    private static final int MB = 1024 * 1024;

    @Autowired
    ProjectMaterials materials;

    @Autowired
    ProjectMaterialRepository repository;

    @Autowired
    MaterialFileStore store;

    @Autowired
    TestRounds rounds;

    @Autowired
    ProjectStatusService statuses;

    BrandRound round;
    BrandProject project;

    @BeforeEach
    void publishedProject() {
        round = rounds.newRound();
        project = rounds.publishedProject(round, "wxy-gh", "书香文院");
    }

    @Test
    void aPhotoIsStoredWithItsDigestDetectedTypeAndAThumbnail() throws Exception {
        byte[] photo = MaterialSamples.jpeg(1600, 900);

        ProjectMaterial material = upload(UNIT, "读书沙龙.JPG", photo, "三月读书沙龙合影", "读书沙龙");

        ProjectMaterial stored = repository.findById(material.getId()).orElseThrow();
        assertThat(stored.getProjectId()).isEqualTo(project.getId());
        assertThat(stored.getOriginalName()).isEqualTo("读书沙龙.JPG");
        assertThat(stored.getCaption()).isEqualTo("三月读书沙龙合影");
        assertThat(stored.getActivity()).isEqualTo("读书沙龙");
        assertThat(stored.getType()).isEqualTo(MaterialType.JPEG);
        assertThat(stored.getSizeBytes()).isEqualTo(photo.length);
        assertThat(stored.getUploadedBy()).isEqualTo("wxy-member");
        assertThat(stored.getUploadedAt()).isNotNull();
        assertThat(stored.getSha256()).isEqualTo(sha256(photo));
        assertThat(Files.readAllBytes(materials.file(stored))).isEqualTo(photo);

        Path thumbnail = materials.thumbnail(stored).orElseThrow();
        BufferedImage image = ImageIO.read(thumbnail.toFile());
        assertThat(image.getWidth()).isEqualTo(MaterialThumbnails.SIZE);
        assertThat(image.getHeight()).isEqualTo(180);
        assertThat(incoming()).isEmpty();
    }

    @Test
    void aTransparentPngGetsAThumbnailAndADocumentNone() throws Exception {
        ProjectMaterial png = upload(UNIT, "海报.png", MaterialSamples.png(200, 400), null, null);
        ProjectMaterial docx = upload(UNIT, "活动方案.docx", MaterialSamples.docx(), null, null);

        BufferedImage image =
                ImageIO.read(materials.thumbnail(png).orElseThrow().toFile());
        assertThat(image.getHeight()).isEqualTo(320);
        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(docx.getType()).isEqualTo(MaterialType.DOCX);
        assertThat(materials.thumbnail(docx)).isEmpty();
    }

    @Test
    void identicalFilesAreStoredOnceAndListedTwice() throws Exception {
        byte[] video = MaterialSamples.mp4(300_000);
        BrandProject other = rounds.publishedProject(round, "lsy-gh", "历史讲堂");

        ProjectMaterial first = upload(UNIT, "开幕.mp4", video, "开幕式", null);
        Set<Path> afterFirst = files();
        ProjectMaterial second = upload(UNIT, "开幕（副本）.mp4", video, "开幕式，再传一次", null);
        ProjectMaterial third = materials.upload(
                OFFICE, other.getId(), new MaterialUpload("video.mp4", null, null, video.length), stream(video));

        assertThat(files()).as("no second blob").isEqualTo(afterFirst);
        assertThat(Stream.of(first, second, third)
                        .map(ProjectMaterial::getSha256)
                        .distinct())
                .containsExactly(sha256(video));
        assertThat(materials.list(UNIT, project.getId()))
                .extracting(ProjectMaterial::getOriginalName)
                .containsExactly("开幕.mp4", "开幕（副本）.mp4");
        assertThat(Files.readAllBytes(materials.file(third))).isEqualTo(video);
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefused() {
        assertRefused(
                "合影.jpg",
                MaterialSamples.exe(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "“合影.jpg”的内容不是允许的类型（检测到 application/x-msdownload",
                "允许的类型：图片 JPG/JPEG、PNG");
    }

    @Test
    void aPdfNamedLikeAPhotoIsRefusedForItsExtension() {
        assertRefused(
                "合影.jpg",
                MaterialSamples.pdf(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "“合影.jpg”的内容是PDF 文档，与文件扩展名不符（应为 .pdf）");
    }

    @Test
    void aWebPageOrAPlainZipNamedLikeADocumentIsRefused() {
        assertRefused("总结.docx", MaterialSamples.zip(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/zip");
        assertRefused("总结.pdf", MaterialSamples.html(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "text/html");
    }

    @Test
    void aBrokenPhotoIsRefused() {
        assertRefused("坏图.jpg", MaterialSamples.brokenJpeg(), HttpStatus.BAD_REQUEST, "看起来是JPEG 图片，但无法读取");
    }

    @Test
    void aPhotoOverItsLimitIsRefusedBeforeAByteIsWritten() {
        byte[] big = MaterialSamples.isoMedia("heic", 2 * MB + 1);

        assertRefused("大图.heic", big, HttpStatus.PAYLOAD_TOO_LARGE, "“大图.heic”超过了图片的大小上限 2 MB");
    }

    @Test
    void aPhotoOverItsLimitIsStoppedMidStreamWhenItsLengthWasNotDeclared() {
        byte[] big = MaterialSamples.isoMedia("heic", 3 * MB);

        assertRefusedUndeclared("大图.heic", big, HttpStatus.PAYLOAD_TOO_LARGE, "超过了图片的大小上限 2 MB");
    }

    @Test
    void aVideoMayBeLargerThanAPhotoButNotOverItsOwnLimit() throws Exception {
        assertRefusedUndeclared(
                "长片.mp4", MaterialSamples.mp4(4 * MB + 10), HttpStatus.PAYLOAD_TOO_LARGE, "超过了视频的大小上限 4 MB");

        assertThat(upload(UNIT, "片段.mov", MaterialSamples.mov(3 * MB), null, null)
                        .getType())
                .isEqualTo(MaterialType.MOV);
    }

    @Test
    void theProjectsQuotaCountsWhatIsNotDeleted() throws Exception {
        ProjectMaterial first = upload(UNIT, "一.mp4", MaterialSamples.mp4(3 * MB), null, null);
        upload(UNIT, "二.mp4", MaterialSamples.mp4(2 * MB), null, null);
        byte[] third = MaterialSamples.mp4(2 * MB);

        assertRefused("三.mp4", third, HttpStatus.PAYLOAD_TOO_LARGE, "上传“三.mp4”将超出本项目材料的总量上限 6 MB（还剩 1 MB）");
        assertRefusedUndeclared("三.mp4", third, HttpStatus.PAYLOAD_TOO_LARGE, "总量上限 6 MB（还剩 1 MB）");
        assertThat(materials.quotaUse(project.getId()).describe()).isEqualTo("5 MB / 6 MB");

        materials.delete(UNIT, project.getId(), first.getId());
        assertThat(upload(UNIT, "三.mp4", third, null, null).getSizeBytes()).isEqualTo(2 * MB);
        assertThatThrownBy(() -> materials.restore(OFFICE, project.getId(), first.getId()))
                .as("restoring would overrun the quota")
                .hasMessageContaining("超出本项目材料的总量上限");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("空.pdf", new byte[0], HttpStatus.BAD_REQUEST, "“空.pdf”是空文件（0 字节），没有上传。");
        assertRefusedUndeclared("空.pdf", new byte[0], HttpStatus.BAD_REQUEST, "是空文件");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd.pdf",
                "..\\..\\boot.ini.pdf",
                "/tmp/x.pdf",
                "C:report.pdf",
                "..",
                ".hidden.pdf",
                "报告\n.pdf",
                "报告\u0000.pdf",
                "photo\u202Efdp.exe.pdf",
                "",
                "   "
            })
    void aNameThatIsAPathOrHidesCharactersIsRefused(String name) {
        Set<Path> before = files();

        assertThatThrownBy(() -> upload(UNIT, name, MaterialSamples.pdf(), null, null))
                .isInstanceOfSatisfying(MaterialRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).matches("文件名.*(路径|控制字符|不能为空|不能以).*");
                });
        assertNothingLeft(before);
    }

    @Test
    void aLongNameACaptionWithControlsOrAnOverlongActivityIsRefused() {
        assertThatThrownBy(() -> upload(UNIT, "长".repeat(252) + ".pdf", MaterialSamples.pdf(), null, null))
                .hasMessage("文件名不能超过 255 个字符（现有 256 个）。");
        assertThatThrownBy(() -> upload(UNIT, "a.pdf", MaterialSamples.pdf(), "说明\u0007", null))
                .hasMessage("“说明”含有控制字符。");
        assertThatThrownBy(() -> upload(UNIT, "a.pdf", MaterialSamples.pdf(), null, "活".repeat(201)))
                .hasMessage("“所属活动”不能超过 200 个字符（现有 201 个）。");
    }

    @Test
    void anUploadThatBreaksOffLeavesNothing() {
        byte[] video = MaterialSamples.mp4(MB);
        Set<Path> before = files();
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(video, 0, 500_000), failing());

        assertThatThrownBy(() -> materials.upload(
                        UNIT, project.getId(), new MaterialUpload("断.mp4", null, null, video.length), breaking))
                .isInstanceOfSatisfying(MaterialRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("“断.mp4”的上传中断，文件没有保存；请重新上传。");
                });
        assertNothingLeft(before);
    }

    @Test
    void anUploadShorterThanDeclaredIsTakenAsBrokenOff() {
        byte[] video = MaterialSamples.mp4(MB);

        assertThatThrownBy(() -> materials.upload(
                        UNIT,
                        project.getId(),
                        new MaterialUpload("断.mp4", null, null, video.length + 1000L),
                        stream(video)))
                .hasMessageContaining("上传中断");
        assertThat(materials.list(OFFICE, project.getId())).isEmpty();
        assertThat(incoming()).isEmpty();
    }

    @Test
    void unitsUploadOnlyWhileTheProjectIsBuildingAndExpertsNever() throws Exception {
        BrandProject approved = rounds.approvedProject(round, "jg-gh", "机关读书会");
        byte[] pdf = MaterialSamples.pdf();

        assertThatThrownBy(() -> materials.upload(
                        UNIT, approved.getId(), new MaterialUpload("a.pdf", null, null, pdf.length), stream(pdf)))
                .isInstanceOfSatisfying(
                        MaterialRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN))
                .hasMessageContaining("项目当前状态为“已立项”");
        assertThatThrownBy(() -> upload(EXPERT, "a.pdf", pdf, null, null)).hasMessage("验收专家只能查看材料，不能上传。");

        statuses.changeStatus(project, ProjectStatus.PASSED, "验收通过");
        assertThatThrownBy(() -> upload(UNIT, "a.pdf", pdf, null, null)).hasMessageContaining("“验收通过”");
        assertThat(upload(OFFICE, "验收照片说明.pdf", pdf, null, null).getUploadedBy())
                .isEqualTo("gh-office-staff");
    }

    @Test
    void aDeletionIsRecordedAndOnlyAnOfficeRestores() throws Exception {
        ProjectMaterial material = upload(UNIT, "合影.png", MaterialSamples.png(50, 50), null, null);

        materials.delete(UNIT, project.getId(), material.getId());

        assertThat(materials.list(UNIT, project.getId())).isEmpty();
        assertThat(materials.list(EXPERT, project.getId())).isEmpty();
        ProjectMaterial deleted = materials.list(OFFICE, project.getId()).get(0);
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.getDeletedBy()).isEqualTo("wxy-member");
        assertThat(deleted.getDeletedAt()).isNotNull();
        assertThat(materials.file(deleted)).as("a soft delete keeps the file").exists();
        assertThatThrownBy(() -> materials.find(UNIT, project.getId(), material.getId()))
                .isInstanceOfSatisfying(
                        MaterialRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> materials.restore(UNIT, project.getId(), material.getId()))
                .hasMessage("只有校工会（妇联）可以恢复已删除的材料。");
        assertThatThrownBy(() -> materials.delete(EXPERT, project.getId(), material.getId()))
                .hasMessage("验收专家只能查看材料，不能删除。");

        materials.restore(OFFICE, project.getId(), material.getId());

        ProjectMaterial restored = materials.find(UNIT, project.getId(), material.getId());
        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.getRestoredBy()).isEqualTo("gh-office-staff");
        assertThat(restored.getRestoredAt()).isNotNull();
    }

    @Test
    void aMaterialIsFoundOnlyUnderItsOwnProject() throws Exception {
        BrandProject other = rounds.publishedProject(round, "lsy-gh", "历史讲堂");
        ProjectMaterial material = upload(UNIT, "a.pdf", MaterialSamples.pdf(), null, null);

        assertThatThrownBy(() -> materials.find(OFFICE, other.getId(), material.getId()))
                .hasMessage("该项目没有这份材料（或已删除）。");
        assertThatThrownBy(() -> materials.delete(OFFICE, other.getId(), material.getId()))
                .isInstanceOf(MaterialRefusedException.class);
    }

    private ProjectMaterial upload(MaterialActor actor, String name, byte[] bytes, String caption, String activity) {
        return materials.upload(
                actor, project.getId(), new MaterialUpload(name, caption, activity, bytes.length), stream(bytes));
    }

    private void assertRefused(String name, byte[] bytes, HttpStatus status, String... message) {
        assertRefusedWith(new MaterialUpload(name, "说明", "活动", bytes.length), bytes, status, message);
    }

    private void assertRefusedUndeclared(String name, byte[] bytes, HttpStatus status, String... message) {
        assertRefusedWith(new MaterialUpload(name, "说明", "活动", -1), bytes, status, message);
    }

    private void assertRefusedWith(MaterialUpload upload, byte[] bytes, HttpStatus status, String... message) {
        Set<Path> before = files();
        long rows = repository.count();

        assertThatThrownBy(() -> materials.upload(UNIT, project.getId(), upload, stream(bytes)))
                .isInstanceOfSatisfying(MaterialRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(repository.count()).isEqualTo(rows);
        assertNothingLeft(before);
    }

    private void assertNothingLeft(Set<Path> before) {
        assertThat(files()).isEqualTo(before);
        assertThat(incoming()).isEmpty();
    }

    private Set<Path> files() {
        return walk(store.root());
    }

    private Set<Path> incoming() {
        return walk(store.root().resolve("incoming"));
    }

    private static Set<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A connection that drops: the next read fails. */
    private static InputStream failing() {
        return new FilterInputStream(InputStream.nullInputStream()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
