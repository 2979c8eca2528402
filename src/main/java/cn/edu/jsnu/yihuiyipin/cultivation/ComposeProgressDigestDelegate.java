package cn.edu.jsnu.yihuiyipin.cultivation;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess.Vars;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.ProcessText;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总阶段进展 ({@code Task_ComposeProgressDigest}): 注重积累，提炼成果 — turns the year's progress
 * reports (and the periods missed, 逾期未报) into {@code progressDigest} and pre-fills the summary form's {@code implementation,
 * publicity, materials, fundingUsed} so the unit edits rather than retypes. Reads {@code projectId}.
 */
@Component
class ComposeProgressDigestDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** Below Camunda's 4000 characters, leaving the unit room to add to the prefilled fields. */
    static final int MAX_TEXT = 3800;

    private final ProgressReportRepository reports;

    ComposeProgressDigestDelegate(ProgressReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<ProgressReport> all = reports.findByProjectIdOrderByPeriodNoAscIdAsc(PROJECT_ID.get(execution));
        String digest = fit(digest(all));
        Vars.PROGRESS_DIGEST.set(execution, digest);
        // a digest of missed periods alone is nothing to prefill the implementation with
        Vars.IMPLEMENTATION.set(execution, all.stream().allMatch(ProgressReport::isMissed) ? null : digest);
        Vars.PUBLICITY.set(execution, fit(lines(all, ProgressContent::publicityLinks)));
        Vars.MATERIALS.set(
                execution,
                fit(joinNonEmpty(Arrays.asList(
                        lines(all, ProgressContent::photoLinks), lines(all, ProgressContent::videoLinks)))));
        BigDecimal lastSpent = all.stream()
                .map(r -> r.content().fundingSpent())
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null);
        Vars.FUNDING_USED.set(execution, lastSpent);
    }

    /** The whole text stays in the progress reports; the form gets what fits. */
    static String fit(String text) {
        return ProcessText.fit(text, MAX_TEXT, "其余内容见各期阶段进展报告");
    }

    static String digest(List<ProgressReport> all) {
        if (all.isEmpty()) {
            return "建设期内未提交阶段进展报告。";
        }
        return all.stream()
                .map(report -> {
                    if (report.isMissed()) {
                        return "第" + report.getPeriodNo() + "期："
                                + report.content().activities();
                    }
                    ProgressContent c = report.content();
                    StringBuilder line = new StringBuilder("第")
                            .append(report.getPeriodNo())
                            .append("期（")
                            .append(report.getSubmittedAt().format(DAY))
                            .append("提交）：")
                            .append(c.activities());
                    if (c.activityDates() != null) {
                        line.append("；活动时间：").append(c.activityDates());
                    }
                    if (c.participants() != null) {
                        line.append("；参与").append(c.participants()).append("人次");
                    }
                    if (c.fundingSpent() != null) {
                        line.append("；累计使用经费")
                                .append(FormValues.moneyText(c.fundingSpent()))
                                .append("元");
                    }
                    return line.toString();
                })
                .collect(Collectors.joining("\n"));
    }

    private static String lines(List<ProgressReport> all, Function<ProgressContent, String> field) {
        return joinNonEmpty(all.stream().map(r -> field.apply(r.content())).toList());
    }

    private static String joinNonEmpty(List<String> parts) {
        String joined = parts.stream()
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
