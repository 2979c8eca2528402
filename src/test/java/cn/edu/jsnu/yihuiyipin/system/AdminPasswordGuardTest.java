package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.edu.jsnu.yihuiyipin.support.RunningApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
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

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "ADMIN_PASSWORD", matches = ".+")
    void applicationRefusesToStartOnTheProductionProfileWithoutPassword() {
        assertThatThrownBy(() -> RunningApplication.start(Map.of(), "mysql"))
                .hasMessageContaining("未设置管理员密码")
                .hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void demoNeedsNoPassword() {
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("demo");

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
