package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

    private final AdminPasswordGuard guard = new AdminPasswordGuard();

    @Test
    void productionWithoutPasswordIsRefusedWithAClearMessage() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("mysql");
        environment.setProperty(AdminPasswordGuard.PASSWORD_PROPERTY, "");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD")
                .hasMessageContaining("未设置管理员密码");
    }

    @Test
    void productionWithPasswordStarts() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("mysql");
        environment.setProperty(AdminPasswordGuard.PASSWORD_PROPERTY, "s3cret");

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void demoNeedsNoPassword() {
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("demo");

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }
}
