package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebEndpointsTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void webappsAnswer() {
        assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/camunda/app/cockpit/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/camunda/app/admin/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void engineRestRefusesAnonymousCalls() {
        assertThat(rest.getForEntity("/engine-rest/engine/default/user", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestAnswersTheAdmin() {
        ResponseEntity<String> users =
                rest.withBasicAuth("admin", "test-admin-password").getForEntity("/engine-rest/user", String.class);
        assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(users.getBody()).contains("\"id\":\"admin\"");
    }

    @Test
    void engineRestRefusesAnUnknownUser() {
        // not admin with a wrong password: that would lock the admin's login for the other tests (ENGINE-27001)
        assertThat(rest.withBasicAuth("nobody", "wrong")
                        .getForEntity("/engine-rest/user", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
