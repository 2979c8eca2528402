package cn.edu.jsnu.yihuiyipin.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Stops the start-up before any bean exists when no admin password is configured outside the demo
 * profile: the Camunda starter would otherwise create the admin with its id as password.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

    static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        if (!StringUtils.hasText(environment.getProperty(PASSWORD_PROPERTY))) {
            throw new IllegalStateException(
                    "启动失败：未设置管理员密码。请设置环境变量 ADMIN_PASSWORD（管理员账号由 ADMIN_USER 指定，默认 admin）。"
                            + " Start-up refused: set the ADMIN_PASSWORD environment variable (only the demo profile has a default password).");
        }
    }
}
