package cn.edu.jsnu.yihuiyipin.cultivation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yihui.cultivation.*}: the building period (过程培育).
 *
 * @param progressReportCycle ISO 8601 repeating interval of the progress reports, e.g. {@code R/P3M}
 *     (quarterly, counted from the start of the building period)
 */
@ConfigurationProperties("yihui.cultivation")
public record CultivationSettings(@DefaultValue("R/P3M") String progressReportCycle) {

    public CultivationSettings {
        if (progressReportCycle == null || !progressReportCycle.startsWith("R")) {
            throw new IllegalArgumentException(
                    "yihui.cultivation.progress-report-cycle must be a repeating interval such as R/P3M, got "
                            + progressReportCycle);
        }
    }
}
