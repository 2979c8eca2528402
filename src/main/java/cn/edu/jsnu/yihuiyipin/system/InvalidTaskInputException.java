package cn.edu.jsnu.yihuiyipin.system;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown by a task's complete listener when the submitted form is not acceptable: the completion
 * rolls back, the task stays open with what the user typed, and Tasklist shows this message.
 */
public class InvalidTaskInputException extends ProcessEngineException {

    public InvalidTaskInputException(String message) {
        super(message);
    }
}
