package cn.edu.jsnu.yihuiyipin.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One sign-in for Tasklist and the application's pages, in both directions, and one sign-out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSignInTest {

    static final String USER = "web-office";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @BeforeEach
    void officeUser() {
        TestPeople.user(identityService, USER, "校工会干事", "union-office");
    }

    @AfterEach
    void forgetUser() {
        TestPeople.forget(identityService, authorizationService, USER);
    }

    @Test
    void signingInOnThePagesSignsInToTasklist() {
        WebSession browser = new WebSession(port);
        assertThat(browser.camundaUser().statusCode()).isNotEqualTo(200);

        HttpResponse<String> signIn = browser.signIn(USER, TestPeople.password(USER));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/app/"));
        HttpResponse<String> home = browser.get("/app/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("校工会干事 测试").contains("项目台账");
        HttpResponse<String> camunda = browser.camundaUser();
        assertThat(camunda.statusCode()).isEqualTo(200);
        assertThat(camunda.body()).contains("\"userId\":\"" + USER + "\"");
    }

    @Test
    void signingInToTasklistSignsInOnThePages() {
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/app/").statusCode()).isEqualTo(302);

        assertThat(browser.camundaLogin("tasklist", USER, TestPeople.password(USER))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> home = browser.get("/app/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("校工会干事 测试");
    }

    @Test
    void signingOutOfThePagesSignsOutOfTasklist() {
        WebSession browser = new WebSession(port);
        browser.signIn(USER, TestPeople.password(USER));
        browser.get("/app/");

        HttpResponse<String> signOut = browser.postForm("/app/logout", Map.of());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(browser.camundaUser().statusCode()).isNotEqualTo(200);
        assertThat(browser.get("/app/").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutOfTasklistSignsOutOfThePages() {
        WebSession browser = new WebSession(port);
        browser.camundaLogin("tasklist", USER, TestPeople.password(USER));
        assertThat(browser.get("/app/").statusCode()).isEqualTo(200);

        browser.get("/camunda/app/tasklist/default/");
        HttpResponse<String> camundaLogout = browser.postCamunda("/camunda/api/admin/auth/user/default/logout");

        assertThat(camundaLogout.statusCode()).isLessThan(400);
        HttpResponse<String> page = browser.get("/app/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/app/login"));
    }

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        WebSession browser = new WebSession(port);

        HttpResponse<String> signIn = browser.signIn(USER, "wrong");

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/app/login?error"));
        assertThat(browser.get("/app/login?error").body()).contains("用户名或密码不正确");
        assertThat(browser.camundaUser().statusCode()).isNotEqualTo(200);
    }

    @Test
    void aFormPostedWithoutTheTokenIsRefused() {
        WebSession browser = new WebSession(port);
        browser.signIn(USER, TestPeople.password(USER));

        assertThat(browser.postFormWithoutToken("/app/logout", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/app/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        WebSession browser = new WebSession(port);
        browser.get("/app/login");
        HttpResponse<String> signIn = browser.signIn(USER, TestPeople.password(USER));

        assertThat(signIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void refusalsAreChineseNeverAServerError() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> api = anonymous.get("/api/projects");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("请先登录");

        WebSession browser = new WebSession(port);
        browser.signIn(USER, TestPeople.password(USER));
        HttpResponse<String> missing = browser.get("/app/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");
        assertThat(browser.get("/no-such-file.css").body()).contains("页面不存在");
    }

    /** Static files are served from /app/assets and the webjars only (application.yaml, spring.mvc). */
    @Test
    void thePagesOwnFilesAreServed() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> css = anonymous.get("/app/assets/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(anonymous.get("/app/assets/materials.js").statusCode()).isEqualTo(200);
        // the dashboard's link names no version: the webjars locator finds it
        assertThat(anonymous.download("/webjars/echarts/dist/echarts.min.js").statusCode())
                .isEqualTo(200);
        // the Camunda webapps' Chinese set-up (META-INF/resources/webjars/camunda) comes through their own mapping
        HttpResponse<String> tasklistConfig = anonymous.get("/camunda/app/tasklist/scripts/config.js");
        assertThat(tasklistConfig.statusCode()).isEqualTo(200);
        assertThat(tasklistConfig.body()).contains("zh");
    }
}
