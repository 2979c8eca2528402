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
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The error contract of both REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/engine},
 * which Tasklist uses): a refused form answers 400 with {@code {"type": ..., "message": <the Chinese
 * sentence>}}. The engine wraps a task listener's exception ("ENGINE-03051 … Exception while invoking
 * TaskListener") and the REST resources wrap that again in a RestException of status 500, so the
 * mappers here look down the cause chain for an {@link InvalidTaskInputException}. A task of the other
 * channel, refused by the tenant check, answers 403 with a Chinese sentence. They take only such
 * exceptions ({@link ExtendedExceptionMapper#isMappable}); everything else stays with Camunda's own
 * mappers, which these outrank for the same exception type by their priority.
 */
public final class UserInputErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Camunda's tenant check refusing a command on a task of the other channel ({@code people.ChannelTenantIdProvider}).
     * The engine throws a plain ProcessEngineException for it, which Camunda's REST answers with 500; it is a
     * refusal like a missing authorization, so it answers 403 as that one does.
     */
    private static final String OTHER_TENANT = "ENGINE-13034";

    static final String OTHER_CHANNEL = "无权查看或办理此任务：它属于另一渠道（校工会或校妇联）的项目";

    private UserInputErrors() {}

    /** The user-input refusal somewhere in {@code thrown}'s cause chain. */
    public static Optional<InvalidTaskInputException> find(Throwable thrown) {
        return inCauseChain(thrown, t -> t instanceof InvalidTaskInputException)
                .map(InvalidTaskInputException.class::cast);
    }

    /** The tenant check's refusal somewhere in {@code thrown}'s cause chain. */
    static boolean refusedForOtherTenant(Throwable thrown) {
        return inCauseChain(
                        thrown,
                        t -> t instanceof ProcessEngineException
                                && t.getMessage() != null
                                && t.getMessage().startsWith(OTHER_TENANT))
                .isPresent();
    }

    private static Optional<Throwable> inCauseChain(Throwable thrown, Predicate<Throwable> wanted) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (wanted.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static Response badRequest(InvalidTaskInputException refusal) {
        return json(Response.Status.BAD_REQUEST, refusal.getClass().getSimpleName(), refusal.getMessage());
    }

    private static Response json(Response.Status status, String type, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        try {
            return Response.status(status)
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
            return find(exception).isPresent() || refusedForOtherTenant(exception);
        }

        @Override
        public Response toResponse(E exception) {
            return find(exception)
                    .map(UserInputErrors::badRequest)
                    .orElseGet(() -> json(Response.Status.FORBIDDEN, "AuthorizationException", OTHER_CHANNEL));
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
