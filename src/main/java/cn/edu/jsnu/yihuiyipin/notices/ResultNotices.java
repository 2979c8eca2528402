package cn.edu.jsnu.yihuiyipin.notices;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChanged;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusChanged;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Results to the unit (立项 / 调整后立项 / 不予立项 with the office's comment and the funding, the
 * acceptance result with its score, the award and the city recommendation) and phase changes to both
 * offices. Runs just before the step's transaction commits, so it reads the project as the step left it
 * and its notices commit with the step; a notice that cannot be written is logged, never thrown.
 */
@Component
class ResultNotices {

    private static final Logger log = LoggerFactory.getLogger(ResultNotices.class);

    /** The statuses a unit hears about ({@link #result}); any other change loads nothing. */
    static final Set<ProjectStatus> RESULTS = EnumSet.of(
            ProjectStatus.PUBLISHED,
            ProjectStatus.REJECTED,
            ProjectStatus.PASSED,
            ProjectStatus.FAILED,
            ProjectStatus.AWARDED);

    private final Notices notices;
    private final NoticeLinks links;
    private final BrandProjectRepository projects;
    private final BrandRoundRepository rounds;

    ResultNotices(Notices notices, NoticeLinks links, BrandProjectRepository projects, BrandRoundRepository rounds) {
        this.notices = notices;
        this.links = links;
        this.projects = projects;
        this.rounds = rounds;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void projectStatusChanged(ProjectStatusChanged event) {
        // most steps change a status nobody is told about: no query (and no flush before it) for those
        if (!RESULTS.contains(event.status())) {
            return;
        }
        try {
            // fetched with its round and unit: with no transaction (fallbackExecution) there is no session
            // to load them lazily later
            projects.findWithRoundAndUnit(event.projectId())
                    .ifPresent(project -> result(project, event)
                            .ifPresent(message ->
                                    notices.toGroups(List.of(project.getUnit().getGroupId()), message)));
        } catch (RuntimeException e) {
            log.warn("Result notice for project {} not written: {}", event.projectId(), e.toString());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void roundStatusChanged(RoundStatusChanged event) {
        try {
            BrandRound round = rounds.findById(event.roundId()).orElseThrow();
            String title = round.getYear() + "年度“一会一品”品牌创建";
            List<String> lines = new ArrayList<>();
            lines.add(title + "已进入“" + event.status().label() + "”阶段。");
            if (event.note() != null && !event.note().isBlank()) {
                lines.add("说明：" + event.note());
            }
            notices.toGroups(
                    Arrays.stream(Channel.values()).map(Channel::officeGroup).toList(),
                    new NoticeMessage(
                            NoticeKind.ROUND_PHASE,
                            title + "进入" + event.status().label() + "阶段",
                            lines,
                            null,
                            null,
                            null,
                            null,
                            "round:" + event.roundId() + ":" + event.status()));
        } catch (RuntimeException e) {
            log.warn("Phase notice for round {} not written: {}", event.roundId(), e.toString());
        }
    }

    Optional<NoticeMessage> result(BrandProject project, ProjectStatusChanged event) {
        String name = "“" + project.getName() + "”";
        String year = project.getRound().getYear() + "年度";
        List<String> lines = new ArrayList<>();
        String subject;
        switch (event.status()) {
            case PUBLISHED -> {
                String decision = "APPROVE_AFTER_ADJUSTMENT".equals(project.getDecision()) ? "调整后立项" : "立项";
                subject = "立项结果：" + decision;
                lines.add(year + "“一会一品”立项名单已发布：贵单位项目" + name + decision + "。");
                lines.add("核定建设经费：" + yuan(project.getApprovedFunding()) + " 元。");
                opinion(project.getDecisionOpinion(), lines);
            }
            case REJECTED -> {
                subject = "立项结果：不予立项";
                lines.add(year + "“一会一品”评审立项：贵单位项目" + name + "不予立项。");
                opinion(project.getDecisionOpinion(), lines);
                if (event.note() != null
                        && !event.note().isBlank()
                        && !event.note().equals(project.getDecisionOpinion())) {
                    lines.add("说明：" + event.note());
                }
            }
            case PASSED, FAILED -> {
                boolean passed = event.status() == ProjectStatus.PASSED;
                subject = "验收结果：" + (passed ? "通过" : "未通过");
                lines.add(year + "“一会一品”评估验收：贵单位项目" + name + (passed ? "通过验收。" : "未通过验收。"));
                if (project.getAcceptanceScore() != null) {
                    lines.add("验收得分："
                            + project.getAcceptanceScore().stripTrailingZeros().toPlainString() + " 分。");
                }
                if (event.note() != null && !event.note().isBlank()) {
                    lines.add("说明：" + event.note());
                }
            }
            case AWARDED -> {
                String tier = AwardTier.parse(project.getAwardTier())
                        .map(AwardTier::label)
                        .orElse("表彰");
                subject = "表彰结果：" + tier;
                lines.add(year + "“一会一品”评选表彰结果已发布：贵单位项目" + name + "获" + tier + "。");
                if (project.getAwardAmount() != null) {
                    lines.add("奖励金额：" + yuan(project.getAwardAmount()) + " 元。");
                }
                lines.add(project.isCityRecommended() ? "该项目已推荐参加市级及以上评选。" : "该项目本年度未推荐参加市级及以上评选。");
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new NoticeMessage(
                NoticeKind.RESULT,
                subject + "（" + project.getName() + "）",
                lines,
                links.project(project.getId()),
                "查看项目",
                project.getId(),
                null,
                "result:" + project.getId() + ":" + event.status()));
    }

    private static void opinion(String opinion, List<String> lines) {
        if (opinion != null && !opinion.isBlank()) {
            lines.add("审定意见：" + opinion.strip());
        }
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "0" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
