package cn.edu.jsnu.yihuiyipin.bench;

import cn.edu.jsnu.yihuiyipin.materials.MaterialActor;
import cn.edu.jsnu.yihuiyipin.materials.MaterialRole;
import cn.edu.jsnu.yihuiyipin.materials.MaterialsUploadThroughput;
import cn.edu.jsnu.yihuiyipin.materials.ProjectMaterials;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 11's speed target, measured, not asserted: the upload pipeline (SHA-256, Tika, blob, row) against a
 * plain copy of the same bytes to the same disk. Writes target/bench/materials.md.
 */
@Tag("bench")
@SpringBootTest(
        properties = {
            "yihui.materials.dir=target/bench/materials",
            "yihui.materials.video-max-size=1GB",
            "yihui.materials.project-quota=10GB"
        })
class MaterialsUploadBenchmark {

    private static final long SIZE = Long.getLong("bench.upload-megabytes", 200) * 1024 * 1024;
    private static final int RUNS = 3;

    @Autowired
    TestRounds rounds;

    @Autowired
    ProjectMaterials materials;

    @Test
    void uploadAgainstAPlainCopy() throws Exception {
        BrandProject project = rounds.publishedProject(rounds.newRound(), "wxy-gh", "书香文院");
        MaterialActor unit = new MaterialActor("bench-unit-member", MaterialRole.UNIT_MEMBER);
        List<String> rows = new ArrayList<>();
        rows.add("| run | MB | plain copy MB/s | upload MB/s | upload / copy (target ≤ 2) |");
        rows.add("| --- | --- | --- | --- | --- |");
        for (int run = 1; run <= RUNS; run++) {
            MaterialsUploadThroughput.Result result = MaterialsUploadThroughput.measure(
                    materials, unit, project.getId(), SIZE, Path.of("target/bench/materials-scratch"));
            rows.add(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.0f | %.0f | %.2f |",
                    run,
                    SIZE / 1048576,
                    result.copyMegabytesPerSecond(),
                    result.uploadMegabytesPerSecond(),
                    result.ratio()));
        }
        String table = "# Materials upload throughput\n\n" + String.join("\n", rows) + "\n";
        System.out.println(table);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/materials.md"), table, StandardCharsets.UTF_8);
    }
}
