package cn.edu.jsnu.yihuiyipin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Spring Security guards only the application's own paths; the Camunda webapps and {@code /engine-rest}
 * keep their own filters (README "The application's pages"). The sign-in itself is the Camunda one
 * ({@link CamundaSessionSecurityContext}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfig {

    static final String LOGIN_PAGE = "/app/login";

    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public/**", "/app/assets/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable()) // read-only pages: nothing to forge
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain jsonApi(
            HttpSecurity http, CamundaSessionSecurityContext camundaSession, CamundaPasswordAuthentication passwords)
            throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authenticationProvider(passwords)
                .securityContext(context -> context.securityContextRepository(camundaSession))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // HTTP Basic for the university's systems: it answers each call, no session is made
                .httpBasic(basic -> basic.realmName("yihui-yipin")
                        .authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"yihui-yipin\", charset=\"UTF-8\"");
                            writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录（HTTP Basic 或网页登录）。");
                        }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        writeJson(response, HttpServletResponse.SC_FORBIDDEN, "您无权进行此操作。")))
                // a browser's session needs the token for changes; a caller with credentials is no forged browser
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http, CamundaSessionSecurityContext camundaSession, CamundaPasswordAuthentication passwords)
            throws Exception {
        return http.securityMatcher("/app/**")
                .authenticationProvider(passwords)
                .securityContext(context -> context.securityContextRepository(camundaSession))
                .authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN_PAGE)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/app/", false)
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/app/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/app/forbidden"))
                .build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, refused) -> response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error");
    }

    static void writeJson(HttpServletResponse response, int status, String message) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }
}
