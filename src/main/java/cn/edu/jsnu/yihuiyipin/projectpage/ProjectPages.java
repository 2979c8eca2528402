package cn.edu.jsnu.yihuiyipin.projectpage;

import cn.edu.jsnu.yihuiyipin.access.PersonNames;
import cn.edu.jsnu.yihuiyipin.access.ProjectAccess;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.application.ApprovalDecision;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecord;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecordRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.GuidanceRecords;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressContent;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressReport;
import cn.edu.jsnu.yihuiyipin.cultivation.ProgressReportRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.ProjectSummaryRepository;
import cn.edu.jsnu.yihuiyipin.cultivation.SummaryContent;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChange;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChangeRepository;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Acceptance;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Application;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Award;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Decision;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.ExpertOpinion;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Guidance;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.OpenTask;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Panel;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Report;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Score;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.StatusStep;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Summary;
import cn.edu.jsnu.yihuiyipin.projectpage.ProjectDetails.Unit;
import cn.edu.jsnu.yihuiyipin.review.ExpertReview;
import cn.edu.jsnu.yihuiyipin.review.ExpertReviewRepository;
import cn.edu.jsnu.yihuiyipin.review.ReviewCriterion;
import cn.edu.jsnu.yihuiyipin.review.ReviewPhase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a project's page for one viewer (who may see it at all is {@link ProjectAccess}'s
 * answer): experts are named for offices and admins only; a unit or an expert reads 专家1, 专家2 …
 * and a panel's opinions only once its result is out, so nobody reads them while the panel still scores.
 */
@Service
public class ProjectPages {

    private final ProjectAccess access;
    private final ProjectStatusChangeRepository history;
    private final ExpertReviewRepository reviews;
    private final ProgressReportRepository reports;
    private final GuidanceRecordRepository guidance;
    private final ProjectSummaryRepository summaries;
    private final PersonNames personNames;
    private final TaskService taskService;
    private final GuidanceRecords guidanceRecords;

    ProjectPages(
            ProjectAccess access,
            ProjectStatusChangeRepository history,
            ExpertReviewRepository reviews,
            ProgressReportRepository reports,
            GuidanceRecordRepository guidance,
            ProjectSummaryRepository summaries,
            PersonNames personNames,
            TaskService taskService,
            GuidanceRecords guidanceRecords) {
        this.access = access;
        this.history = history;
        this.reviews = reviews;
        this.reports = reports;
        this.guidance = guidance;
        this.summaries = summaries;
        this.personNames = personNames;
        this.taskService = taskService;
        this.guidanceRecords = guidanceRecords;
    }

    /** The project as {@code viewer} may see it; 404 for an unknown id and for someone else's project alike. */
    @Transactional(readOnly = true)
    public ProjectDetails details(Viewer viewer, Long projectId) {
        return page(viewer, projectId).details();
    }

    /**
     * The page's data and the project row itself (its round loaded), for the parts of the page that
     * take the project (the materials section).
     */
    @Transactional(readOnly = true)
    public Page page(Viewer viewer, Long projectId) {
        BrandProject project = access.viewable(viewer, projectId);
        return new Page(project, details(viewer, project));
    }

    public record Page(BrandProject project, ProjectDetails details) {}

    private ProjectDetails details(Viewer viewer, BrandProject project) {
        boolean overseer = viewer.overseesChannel(project.getChannel());
        List<ProjectStatusChange> steps = history.findByProjectIdOrderById(project.getId());
        List<ExpertReview> approval = reviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.APPROVAL);
        List<ExpertReview> acceptance =
                reviews.findByProjectIdAndPhaseOrderById(project.getId(), ReviewPhase.ACCEPTANCE);
        List<ProgressReport> periods = reports.findByProjectIdOrderByPeriodNoAscIdAsc(project.getId());
        List<GuidanceRecord> advice = guidance.findByProjectIdOrderById(project.getId());
        List<Task> tasks = openTasks(viewer, project, overseer);

        PersonNames.Names names = personNames.of(Stream.of(
                        steps.stream().map(ProjectStatusChange::getChangedBy),
                        advice.stream().map(GuidanceRecord::getAdvisor),
                        tasks.stream().map(Task::getAssignee),
                        overseer
                                ? Stream.concat(approval.stream(), acceptance.stream())
                                        .map(ExpertReview::getExpertId)
                                : Stream.<String>empty())
                .flatMap(Function.identity())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));

        Map<Long, Integer> periodOfReport = new HashMap<>();
        periods.forEach(report -> periodOfReport.put(report.getId(), report.getPeriodNo()));
        List<StatusStep> statusSteps = steps.stream()
                .map(step -> new StatusStep(
                        step.getStatus().name(),
                        step.getStatus().label(),
                        step.getChangedAt(),
                        step.getChangedBy() == null ? null : names.of(step.getChangedBy()),
                        step.getNote()))
                .toList();

        return new ProjectDetails(
                project.getId(),
                project.getRound().getYear(),
                new Unit(project.getUnit().getCode(), project.getUnit().getName()),
                project.getChannel().label(),
                project.getStatus().name(),
                project.getStatus().label(),
                application(project),
                statusSteps,
                project.getFormalCheckComment(),
                panel(
                        ReviewPhase.APPROVAL,
                        project.getReviewScore(),
                        approval,
                        overseer,
                        approvalDecided(project),
                        names),
                decision(project),
                statusSteps.stream()
                        .filter(step -> ProjectStatus.ADJUSTING.name().equals(step.status()))
                        .toList(),
                project.getApprovedFunding(),
                project.getApprovedAt(),
                periods.stream().map(ProjectPages::report).toList(),
                advice.stream()
                        .map(record -> new Guidance(
                                names.of(record.getAdvisor()),
                                record.getRating() == null
                                        ? null
                                        : record.getRating().name(),
                                record.getRating() == null
                                        ? null
                                        : record.getRating().label(),
                                record.getAdvice(),
                                record.getProgressReportId() == null
                                        ? null
                                        : periodOfReport.get(record.getProgressReportId()),
                                record.getCreatedAt()))
                        .toList(),
                summaries
                        .findByProjectId(project.getId())
                        .map(summary -> summary(summary.content(), summary.getSubmittedAt()))
                        .orElse(null),
                panel(
                        ReviewPhase.ACCEPTANCE,
                        project.getAcceptanceScore(),
                        acceptance,
                        overseer,
                        project.getAcceptancePassed() != null,
                        names),
                new Acceptance(project.getAcceptanceScore(), project.getAcceptancePassed(), project.getAcceptedAt()),
                award(project),
                tasks.stream()
                        .map(task -> new OpenTask(
                                task.getId(),
                                task.getName(),
                                task.getAssignee() == null ? null : names.of(task.getAssignee()),
                                LocalDateTime.ofInstant(task.getCreateTime().toInstant(), ZoneId.systemDefault()),
                                "/camunda/app/tasklist/default/#/?task=" + task.getId()))
                        .toList(),
                mayRecordGuidance(viewer, project));
    }

    /** The office of the project's channel (or an admin) records 过程指导 during the building period. */
    private boolean mayRecordGuidance(Viewer viewer, BrandProject project) {
        return (viewer.isAdmin() || access.isChannelOffice(viewer, project))
                && guidanceRecords.inBuildingPeriod(project);
    }

    private static Application application(BrandProject project) {
        return new Application(
                project.getCategory() == null ? null : project.getCategory().name(),
                project.getCategory() == null ? null : project.getCategory().label(),
                project.getName(),
                project.getLeader(),
                project.getPhone(),
                project.content().foundation(),
                project.content().goals(),
                project.content().plan(),
                project.content().expectedResults(),
                project.getRequestedBudget(),
                project.isContinuesBrand(),
                project.getContinuedProjectId(),
                project.getSubmittedAt());
    }

    /** 立项审定 took a decision other than 重新评审: the review's result is out. */
    private static boolean approvalDecided(BrandProject project) {
        return ApprovalDecision.parse(project.getDecision())
                .filter(decision -> decision != ApprovalDecision.REVIEW_AGAIN)
                .isPresent();
    }

    private static Decision decision(BrandProject project) {
        if (project.getDecision() == null) {
            return null;
        }
        String label = ApprovalDecision.parse(project.getDecision())
                .map(ApprovalDecision::label)
                .orElse(project.getDecision());
        return new Decision(project.getDecision(), label, project.getDecisionOpinion());
    }

    private static Panel panel(
            ReviewPhase phase,
            BigDecimal score,
            List<ExpertReview> rows,
            boolean overseer,
            boolean resultOut,
            PersonNames.Names names) {
        boolean shown = overseer || resultOut;
        List<ExpertOpinion> opinions = new ArrayList<>();
        if (shown) {
            int number = 1;
            for (ExpertReview row : rows) {
                String expert = overseer ? names.of(row.getExpertId()) : "专家" + number;
                opinions.add(new ExpertOpinion(
                        expert, scores(phase, row), row.getTotal(), row.getOpinion(), row.getSubmittedAt()));
                number++;
            }
        }
        return new Panel(phase.label(), score, overseer, shown, opinions);
    }

    private static List<Score> scores(ReviewPhase phase, ExpertReview row) {
        List<Score> scores = new ArrayList<>();
        for (ReviewCriterion criterion : phase.criteria()) {
            Integer score = row.getScores().get(criterion.name());
            if (score != null) {
                scores.add(new Score(criterion.label(), score, criterion.maxScore()));
            }
        }
        return scores;
    }

    private static Report report(ProgressReport report) {
        ProgressContent content = report.content();
        return new Report(
                report.getPeriodNo(),
                report.isMissed(),
                content.activities(),
                content.activityDates(),
                content.participants(),
                content.photoLinks(),
                content.videoLinks(),
                content.publicityLinks(),
                content.fundingSpent(),
                report.getSubmittedAt());
    }

    private static Summary summary(SummaryContent content, LocalDateTime submittedAt) {
        return new Summary(
                content.implementation(),
                content.results(),
                content.experience(),
                content.publicity(),
                content.fundingUsed(),
                content.materials(),
                content.selfAssessment(),
                submittedAt);
    }

    private static Award award(BrandProject project) {
        if (project.getAwardTier() == null && !project.isCityRecommended()) {
            return null;
        }
        String label = project.getAwardTier() == null
                ? null
                : AwardTier.parse(project.getAwardTier()).map(AwardTier::label).orElse(project.getAwardTier());
        return new Award(
                project.getAwardTier(),
                label,
                project.getAwardAmount(),
                project.getAwardNote(),
                project.isCityRecommended(),
                project.getAwardedAt());
    }

    /**
     * The project's open Tasklist tasks: all of them for its office and admins, otherwise those the
     * viewer holds or could claim (a unit's 填报, an expert's own review).
     */
    private List<Task> openTasks(Viewer viewer, BrandProject project, boolean overseer) {
        String businessKey = BusinessKey.ofUnit(
                        project.getRound().getYear(), project.getUnit().getCode())
                .toString();
        if (overseer) {
            return taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .active()
                    .orderByTaskCreateTime()
                    .asc()
                    .list();
        }
        Map<String, Task> tasks = new LinkedHashMap<>();
        taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .active()
                .taskAssignee(viewer.userId())
                .list()
                .forEach(task -> tasks.put(task.getId(), task));
        Set<String> groups = viewer.groups();
        if (!groups.isEmpty()) {
            taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .active()
                    .taskCandidateGroupIn(List.copyOf(groups))
                    .includeAssignedTasks()
                    .list()
                    .forEach(task -> tasks.putIfAbsent(task.getId(), task));
        }
        return List.copyOf(tasks.values());
    }
}
