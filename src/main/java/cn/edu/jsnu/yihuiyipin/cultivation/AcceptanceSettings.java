package cn.edu.jsnu.yihuiyipin.cultivation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yihui.acceptance.*}: 评估验收.
 *
 * @param passScore lowest panel score (of 100) that passes the acceptance
 */
@ConfigurationProperties("yihui.acceptance")
public record AcceptanceSettings(@DefaultValue("70") BigDecimal passScore) {

    public AcceptanceSettings {
        if (passScore.signum() < 0 || passScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("yihui.acceptance.pass-score must lie in 0..100, got " + passScore);
        }
    }

    public boolean passes(BigDecimal score) {
        return score.compareTo(passScore) >= 0;
    }
}
