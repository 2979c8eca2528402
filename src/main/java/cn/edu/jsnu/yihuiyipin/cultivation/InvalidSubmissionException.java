package cn.edu.jsnu.yihuiyipin.cultivation;

import org.camunda.bpm.engine.ProcessEngineException;

/** A form value the process cannot accept; thrown in a complete listener so the task stays open. */
public class InvalidSubmissionException extends ProcessEngineException {

    public InvalidSubmissionException(String message) {
        super(message);
    }
}
