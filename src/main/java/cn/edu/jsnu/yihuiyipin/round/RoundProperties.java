package cn.edu.jsnu.yihuiyipin.round;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Default phase dates of a round as MM-dd (实施方案 四: 3月申报, 4月评审立项, 次年1月评估验收);
 * a round's start form may override each.
 *
 * @param applicationDeadline day the application closes (end of day)
 * @param reviewStart         day the expert review opens (08:00)
 * @param reviewDeadline      day the expert review closes (end of day)
 * @param acceptanceStart     day in January of the next year the summary (附件2) opens (08:00)
 * @param acceptanceDeadline  day in January of the next year the summary is due (end of day)
 * @param defaultFundingPool  the pool, in yuan, of a round the yearly timer opens
 */
@ConfigurationProperties("yihui.round")
public record RoundProperties(
        String applicationDeadline,
        String reviewStart,
        String reviewDeadline,
        String acceptanceStart,
        String acceptanceDeadline,
        BigDecimal defaultFundingPool) {}
