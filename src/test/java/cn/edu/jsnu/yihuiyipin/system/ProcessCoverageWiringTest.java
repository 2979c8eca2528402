package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.support.SimpleModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every Spring Boot test that starts the engine records process coverage without any annotation of its
 * own (see {@link ProcessCoverageTestAutoConfiguration}); this test runs a process so that its class's
 * report shows up in target/process-test-coverage/ as the scenario tests' will.
 */
@SpringBootTest
class ProcessCoverageWiringTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void engineRecordsCoverageInEverySpringBootTest() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getCustomPostBPMNParseListeners())
                .anyMatch(ElementCoverageParseListener.class::isInstance);

        SimpleModels.deployOneTaskProcess(engine.getRepositoryService());
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(SimpleModels.PROCESS_KEY);
        engine.getTaskService()
                .complete(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getId());
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }
}
