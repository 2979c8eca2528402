package cn.edu.jsnu.yihuiyipin.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find their engine by name in the JVM-wide {@link ProcessEngines} map,
 * where the engine created last wins. Test contexts stay cached and open, so a context created later
 * with the same engine name ("default") would answer the HTTP calls of an earlier context's tests (with
 * another database: every password "wrong"). Before each test the engine of the test's own context takes
 * its name back. Engines are only re-registered, never closed.
 */
public class CurrentEngineRegistration implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        claimName(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        claimName(testContext);
    }

    private static void claimName(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
            if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
                ProcessEngines.registerProcessEngine(engine);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
