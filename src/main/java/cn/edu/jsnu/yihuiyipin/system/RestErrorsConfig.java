package cn.edu.jsnu.yihuiyipin.system;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link UserInputErrors} in both JAX-RS applications that complete tasks and start processes.
 * {@code /engine-rest} is the starter's Jersey {@code ResourceConfig}, which Spring Boot hands to every
 * {@link ResourceConfigCustomizer}. The webapps' {@code /camunda/api/engine} is Camunda's
 * {@code EngineRestApplication}, a Jersey servlet the webapp starter registers from a fixed class list
 * with no hook of its own; but Jersey reads every servlet context attribute as a property of the
 * applications it builds from a servlet's configuration, so the mappers named in the attribute
 * {@code jersey.config.server.provider.classnames} reach it (and the webapps' other APIs, where they
 * never match, since none of them completes a form).
 */
@Configuration(proxyBeanMethods = false)
class RestErrorsConfig {

    @Bean
    ResourceConfigCustomizer userInputErrorsOnEngineRest() {
        return config -> Arrays.stream(UserInputErrors.MAPPERS).forEach(config::register);
    }

    @Bean
    ServletContextInitializer userInputErrorsOnWebappApis() {
        return servletContext -> {
            String mappers =
                    Arrays.stream(UserInputErrors.MAPPERS).map(Class::getName).collect(Collectors.joining(","));
            if (servletContext.getAttribute(ServerProperties.PROVIDER_CLASSNAMES) != null) {
                throw new IllegalStateException(ServerProperties.PROVIDER_CLASSNAMES
                        + " is already set in the servlet context; add " + mappers + " to it");
            }
            servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES, mappers);
        };
    }
}
