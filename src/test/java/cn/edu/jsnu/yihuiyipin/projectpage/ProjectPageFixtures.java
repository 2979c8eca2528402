package cn.edu.jsnu.yihuiyipin.projectpage;

import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecord;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecordRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressRating;
import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummary;
import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummaryRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.SummaryContent;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects as the processes leave them, written straight into the tables: one round, a project of
 * 文学院分工会 being built (reviewed by two experts, approved with its funding and opinion, guided,
 * summarised), one of 历史文化与旅游学院分工会 of the same channel, one of 外国语学院妇委会 (校妇联).
 */
@Component
class ProjectPageFixtures {

    static final String EXPERT_ONE = "zj-page-1";
    static final String EXPERT_TWO = "zj-page-2";

    private final TestRounds rounds;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;
    private final ExpertReviewRepository reviews;
    private final GuidanceRecordRepository guidance;
    private final ProjectSummaryRepository summaries;
    private final TransactionTemplate transaction;
    private final RuntimeService runtimeService;

    ProjectPageFixtures(
            TestRounds rounds,
            BrandProjectRepository projects,
            ProjectStatusService statusService,
            ExpertReviewRepository reviews,
            GuidanceRecordRepository guidance,
            ProjectSummaryRepository summaries,
            TransactionTemplate transaction,
            RuntimeService runtimeService) {
        this.rounds = rounds;
        this.projects = projects;
        this.statusService = statusService;
        this.reviews = reviews;
        this.guidance = guidance;
        this.summaries = summaries;
        this.transaction = transaction;
        this.runtimeService = runtimeService;
    }

    record Round(BrandRound round, BrandProject own, BrandProject sameChannel, BrandProject otherChannel) {}

    /** The own project's brand-cultivation runs (建设中, its 撤销项目 open); the other two wait published. */
    Round round() {
        Round created = transaction.execute(status -> {
            BrandRound round = rounds.newRound();
            BrandProject own = rounds.publishedProject(round, "wxy-gh", "经典诵读沙龙");
            own.recordDecision("APPROVE", "同意立项，建议扩大参与面。");
            own.setApprovedAt(LocalDateTime.of(2026, 4, 28, 9, 0));
            own = projects.save(own);
            review(own, EXPERT_ONE, 18, "选题新颖，思想性强。");
            review(own, EXPERT_TWO, 16, "方案可行，经费略高。");
            GuidanceRecord advice = new GuidanceRecord(own.getId(), null, null);
            advice.record("gh-office", "请按季度报送活动照片。", ProgressRating.ON_TRACK, LocalDateTime.of(2026, 6, 1, 10, 0));
            guidance.save(advice);
            ProjectSummary summary = new ProjectSummary(own.getId());
            summary.record(
                    new SummaryContent(
                            "全年开展读书沙龙八场。",
                            "参与教职工四百余人次。",
                            "以读促教。",
                            "校园网报道三篇。",
                            new BigDecimal("7600.00"),
                            "照片、签到表。",
                            "达到预期目标。"),
                    LocalDateTime.of(2027, 1, 10, 9, 0));
            summaries.save(summary);
            BrandProject sameChannel = rounds.publishedProject(round, "lsy-gh", "运河文化行");
            BrandProject otherChannel = rounds.publishedProject(round, "wgy-fw", "巾帼读书会");
            return new Round(round, own, sameChannel, otherChannel);
        });
        runtimeService.startProcessInstanceByKey(
                BrandCultivationProcess.KEY,
                BusinessKey.ofUnit(created.round().getYear(), "wxy-gh").toString(),
                Map.of(SharedVariables.PROJECT_ID.name(), created.own().getId()));
        return new Round(
                created.round(),
                projects.findById(created.own().getId()).orElseThrow(),
                created.sameChannel(),
                created.otherChannel());
    }

    /** The same project before 立项审定: reviewed, no decision yet. */
    BrandProject undecided() {
        return transaction.execute(status -> {
            BrandRound round = rounds.newRound();
            BrandProject project = rounds.approvedProject(round, "wxy-gh", "书香工会");
            project = statusService.changeStatus(project, ProjectStatus.REVIEWED, "评审完成");
            review(project, EXPERT_ONE, 17, "尚待审定的意见。");
            return project;
        });
    }

    private void review(BrandProject project, String expert, int each, String opinion) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
            scores.put(criterion.name(), each);
        }
        ExpertReview review = new ExpertReview(project.getId(), ReviewPhase.APPROVAL, expert);
        review.record(scores, opinion, null, LocalDateTime.of(2026, 4, 20, 15, 0));
        reviews.save(review);
    }
}
