package cn.edu.jsnu.yihuiyipin.cluster.hook;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;

/**
 * Test only, never in the jar: {@code ReliabilityIT} puts this package on a node's
 * {@code loader.path} and sets {@value #DIRECTORY}. When a service task ends while
 * {@code <directory>/<activity id>.arm} exists, the file is removed, the JPA writes of the step
 * are flushed to the database (sent, not committed), {@code <activity id>.paused} is written and the
 * thread sleeps: the test kills the JVM at exactly this point, in the middle of the step's
 * transaction. Inert in every other test (the property is unset).
 */
@Component
@ConditionalOnProperty(CrashPoints.DIRECTORY)
public class CrashPoints extends AbstractProcessEnginePlugin {

    public static final String DIRECTORY = "yihui.test.crash-point-directory";

    private static final Logger log = LoggerFactory.getLogger(CrashPoints.class);

    private final Path directory;
    private final ObjectProvider<EntityManagerFactory> entityManagers;

    CrashPoints(@Value("${" + DIRECTORY + "}") String directory, ObjectProvider<EntityManagerFactory> entityManagers) {
        this.directory = Path.of(directory);
        this.entityManagers = entityManagers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(
                        ExecutionListener.EVENTNAME_END, (ExecutionListener) CrashPoints.this::pauseIfArmed);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
        log.warn("Crash points armed by files in {}", directory);
    }

    private void pauseIfArmed(DelegateExecution execution) throws IOException, InterruptedException {
        String activity = execution.getCurrentActivityId();
        if (!Files.deleteIfExists(directory.resolve(activity + ".arm"))) {
            return;
        }
        EntityManager entityManager =
                EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers.getObject());
        if (entityManager != null) {
            entityManager.flush();
        }
        Files.writeString(directory.resolve(activity + ".paused"), Instant.now().toString());
        log.warn("Crash point {}: written, not committed; waiting to be killed", activity);
        Thread.sleep(Duration.ofMinutes(10).toMillis());
    }
}
