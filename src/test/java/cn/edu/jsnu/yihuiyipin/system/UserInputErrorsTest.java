package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The mappers against Camunda's own, in an in-memory Jersey application: whichever is registered first,
 * a refusal however deeply wrapped becomes 400 with the sentence, and anything else keeps Camunda's answer.
 */
class UserInputErrorsTest {

    static final String SENTENCE = "“项目名称”不能超过 100 字（现有 101 字）。";

    @Path("/")
    public static class Failing {

        @POST
        @Path("listener")
        public Response listener() {
            // what TaskResourceImpl.complete makes of a complete listener's refusal
            ProcessEngineException engine = new ProcessEngineException(
                    "ENGINE-03051 There was an exception while invoking the TaskListener. Message: '" + SENTENCE + "'",
                    new ProcessEngineException(
                            "Exception while invoking TaskListener: " + SENTENCE,
                            new InvalidTaskInputException(SENTENCE)));
            throw new RestException(Response.Status.INTERNAL_SERVER_ERROR, engine, "Cannot complete task 1: " + engine);
        }

        @POST
        @Path("delegate")
        public Response delegate() {
            throw new InvalidTaskInputException(SENTENCE);
        }

        @POST
        @Path("other")
        public Response other() {
            throw new RestException(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    new ProcessEngineException("database down"),
                    "Cannot complete task 1: database down");
        }
    }

    private static ContainerResponse call(boolean oursFirst, String path) throws Exception {
        List<Class<?>> camunda =
                List.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class, RestExceptionHandler.class);
        List<Class<?>> providers = new ArrayList<>();
        if (oursFirst) {
            providers.addAll(List.of(UserInputErrors.MAPPERS));
            providers.addAll(camunda);
        } else {
            providers.addAll(camunda);
            providers.addAll(List.of(UserInputErrors.MAPPERS));
        }
        ResourceConfig config = new ResourceConfig(Failing.class);
        // jersey-spring6 is on the classpath (the starter's /engine-rest): give it an empty context
        GenericApplicationContext spring = new GenericApplicationContext();
        spring.refresh();
        config.property("contextConfig", spring);
        providers.forEach(config::register);
        ApplicationHandler application = new ApplicationHandler(config);
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/"),
                URI.create("http://localhost/" + path),
                "POST",
                null,
                new MapPropertiesDelegate(),
                null);
        return application.apply(request).get();
    }

    @ParameterizedTest(name = "ours registered first: {0}")
    @ValueSource(booleans = {true, false})
    void refusalIs400WithTheSentence(boolean oursFirst) throws Exception {
        for (String path : List.of("listener", "delegate")) {
            ContainerResponse response = call(oursFirst, path);
            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getEntity().toString())
                    .as(path)
                    .isEqualTo("{\"type\":\"InvalidTaskInputException\",\"message\":\"" + SENTENCE + "\"}");
        }
    }

    @ParameterizedTest(name = "ours registered first: {0}")
    @ValueSource(booleans = {true, false})
    void otherFailuresKeepCamundasAnswer(boolean oursFirst) throws Exception {
        ContainerResponse response = call(oursFirst, "other");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity().getClass().getSimpleName()).isEqualTo("ExceptionDto");
    }
}
