package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One line of the 项目台账, read by one query for a whole page (a JPQL constructor expression, no
 * entities, so nothing is loaded lazily afterwards). The same line feeds the page, the Excel export,
 * the JSON API and a unit's 品牌历程.
 */
public record LedgerRow(
        Long id,
        int year,
        String unitCode,
        String unitName,
        Channel channel,
        ProjectCategory category,
        String name,
        String leader,
        ProjectStatus status,
        BigDecimal requestedBudget,
        BigDecimal approvedFunding,
        BigDecimal reviewScore,
        BigDecimal acceptanceScore,
        Boolean acceptancePassed,
        String awardTier,
        BigDecimal awardAmount,
        boolean cityRecommended,
        boolean continuesBrand,
        Long continuedProjectId) {

    @JsonProperty("channelLabel")
    public String channelLabel() {
        return channel.label();
    }

    @JsonProperty("categoryLabel")
    public String categoryLabel() {
        return category == null ? "" : category.label();
    }

    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }

    /** 一等奖 … 优秀奖, empty without an award. */
    @JsonProperty("awardLabel")
    public String awardLabel() {
        return AwardTier.parse(awardTier).map(AwardTier::label).orElse("");
    }

    /** 通过 / 未通过 / empty while not accepted. */
    @JsonProperty("acceptanceLabel")
    public String acceptanceLabel() {
        return acceptancePassed == null ? "" : (acceptancePassed ? "通过" : "未通过");
    }
}
