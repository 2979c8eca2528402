package cn.edu.jsnu.yihuiyipin.bench;

import org.camunda.bpm.engine.ProcessEngine;

/** An engine the round script drives: the application, or the same models on the bare engine. */
interface BenchEngine extends AutoCloseable {

    /** "application" or "bare engine". */
    String kind();

    ProcessEngine engine();

    StatementCounter statements();

    /** The base URL of /engine-rest where the engine answers over HTTP; null where it does not. */
    default String restUrl() {
        return null;
    }

    @Override
    void close() throws Exception;
}
