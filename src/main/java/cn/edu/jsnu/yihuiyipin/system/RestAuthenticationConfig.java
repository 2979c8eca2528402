package cn.edu.jsnu.yihuiyipin.system;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API answers anonymous calls without any authorization check, so every call to
 * {@code /engine-rest} must carry HTTP Basic credentials of a Camunda user.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfig {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
