package cn.edu.jsnu.yihuiyipin.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The error contract of both REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/engine},
 * which Tasklist uses): a refused form answers 400 with {@code {"type": ..., "message": <the Chinese
 * sentence>}}. The engine wraps a task listener's exception ("ENGINE-03051 … Exception while invoking
 * TaskListener") and the REST resources wrap that again in a RestException of status 500, so the
 * mappers here look down the cause chain for an {@link InvalidTaskInputException}. They take only such
 * exceptions ({@link ExtendedExceptionMapper#isMappable}); everything else stays with Camunda's own
 * mappers, which these outrank for the same exception type by their priority.
 */
public final class UserInputErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UserInputErrors() {}

    /** The user-input refusal somewhere in {@code thrown}'s cause chain. */
    public static Optional<InvalidTaskInputException> find(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof InvalidTaskInputException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    static Response badRequest(InvalidTaskInputException refusal) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", refusal.getClass().getSimpleName());
        body.put("message", refusal.getMessage());
        try {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(JSON.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    abstract static class Mapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

        @Override
        public boolean isMappable(E exception) {
            return find(exception).isPresent();
        }

        @Override
        public Response toResponse(E exception) {
            return badRequest(find(exception).orElseThrow());
        }
    }

    /** Task complete and submit-form, process start and submit-form: the resources wrap engine failures in a RestException. */
    @Priority(Priorities.USER - 1000)
    public static final class FromRestException extends Mapper<RestException> {}

    /** Any resource that lets the engine's exception through. */
    @Priority(Priorities.USER - 1000)
    public static final class FromEngineException extends Mapper<ProcessEngineException> {}

    /** The mappers, as both REST applications register them. */
    static final Class<?>[] MAPPERS = {FromRestException.class, FromEngineException.class};
}
