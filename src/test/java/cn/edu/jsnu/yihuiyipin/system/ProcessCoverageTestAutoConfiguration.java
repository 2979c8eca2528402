package cn.edu.jsnu.yihuiyipin.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/**
 * Records process test coverage in every Spring Boot test context that starts the engine, without each
 * scenario test having to `@Import` anything: listed in the test classpath's
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports, so it never reaches the
 * application jar. The library's ProcessEngineCoverageTestExecutionListener (registered by its own
 * spring.factories) then writes target/process-test-coverage/&lt;test class&gt;/report.json and report.html
 * after each test class; {@link ProcessCoverageCheck} reads those files in the verify phase.
 * <p>
 * Only in contexts of the Spring TestContext framework, which Spring Boot marks with the inline property
 * below: the listener hands the engine its coverage collector there. An application a test starts itself
 * (RunningApplication: restarts, other databases) gets no listener, and a coverage plugin without a
 * collector fails every process ("Coverage state must be initialized").
 */
@AutoConfiguration
@ConditionalOnClass(ProcessEngine.class)
@ConditionalOnProperty(
        name = "org.springframework.boot.test.context.SpringBootTestContextBootstrapper",
        havingValue = "true")
@Import(ProcessEngineCoverageConfiguration.class)
class ProcessCoverageTestAutoConfiguration {}
