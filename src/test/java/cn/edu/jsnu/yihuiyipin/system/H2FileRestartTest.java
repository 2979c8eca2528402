package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.RunningApplication;
import cn.edu.jsnu.yihuiyipin.support.SimpleModels;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run keeps its data in an H2 file: a restart must find the running instances again. */
class H2FileRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void runningInstanceSurvivesRestart() {
        Map<String, Object> fileDatabase = Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + dataDir.resolve("restart").toAbsolutePath());

        String instanceId;
        try (ConfigurableApplicationContext first = RunningApplication.start(fileDatabase, "test")) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            SimpleModels.deployOneTaskProcess(engine.getRepositoryService());
            ProcessInstance instance =
                    engine.getRuntimeService().startProcessInstanceByKey(SimpleModels.PROCESS_KEY, "restart-check");
            instanceId = instance.getId();
        }

        try (ConfigurableApplicationContext second = RunningApplication.start(fileDatabase, "test")) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            ProcessInstance instance = engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(instanceId)
                    .singleResult();
            assertThat(instance).as("instance started before the restart").isNotNull();
            assertThat(instance.getBusinessKey()).isEqualTo("restart-check");
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceId(instanceId)
                            .singleResult()
                            .getTaskDefinitionKey())
                    .isEqualTo(SimpleModels.TASK_ID);
        }
    }
}
