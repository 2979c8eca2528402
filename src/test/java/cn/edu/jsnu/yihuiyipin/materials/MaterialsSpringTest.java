package cn.edu.jsnu.yihuiyipin.materials;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One application context for the materials tests: files under {@code target/test-materials} and small
 * limits, so oversize and quota are reached with a few MB (photos and documents 2 MB, video 4 MB,
 * 6 MB per project).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "yihui.materials.dir=target/test-materials",
            "yihui.materials.image-max-size=2MB",
            "yihui.materials.document-max-size=2MB",
            "yihui.materials.video-max-size=4MB",
            "yihui.materials.project-quota=6MB"
        })
@AutoConfigureMockMvc
@interface MaterialsSpringTest {}
