package cn.edu.jsnu.yihuiyipin.system;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user's form input refused, with the Chinese sentence the user reads: thrown by a task's complete
 * listener (the completion rolls back, the task stays open and claimed with what the user typed) and
 * by the delegate that reads a start form (nothing is started). Both REST APIs answer it with 400 and
 * {@code {"type": "InvalidTaskInputException", "message": sentence}} ({@link UserInputErrors}), however
 * deep the engine wrapped it; as a {@link BadUserRequestException} it is a 400 even unwrapped.
 */
public class InvalidTaskInputException extends BadUserRequestException {

    public InvalidTaskInputException(String message) {
        super(message);
    }
}
