package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_ID;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 评选表彰 ({@code Task_RankAwards} in brand-round): applies {@link AwardRule} to the round's
 * projects that passed the acceptance and records tier, prize and city-level recommendation on
 * each; the round moves to 表彰奖励. Reads {@code roundId}; writes {@code awardRanking,
 * awardProjectOptions} for 表彰审定及推荐.
 */
@Component
class RankAwardsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RankAwardsDelegate.class);

    private final BrandProjectRepository projects;
    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;
    private final AwardRule rule;
    private final AwardRanking ranking;

    RankAwardsDelegate(
            BrandProjectRepository projects,
            BrandRoundRepository rounds,
            AwardSettings settings,
            AwardRanking ranking,
            RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.projects = projects;
        this.rounds = rounds;
        this.rule = new AwardRule(settings);
        this.ranking = ranking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = ROUND_ID.get(execution);
        BrandRound round = rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("年度不存在：" + roundId));
        Map<Long, BrandProject> passed =
                projects.findByRoundIdAndStatusInOrderById(roundId, List.of(ProjectStatus.PASSED)).stream()
                        .collect(Collectors.toMap(BrandProject::getId, Function.identity()));
        List<AwardDecision> decisions = rule.decide(passed.values().stream()
                .map(p -> new AwardCandidate(
                        p.getId(), p.getChannel(), p.getAcceptanceScore(), p.getReviewScore(), p.getSubmittedAt()))
                .toList());
        for (AwardDecision decision : decisions) {
            BrandProject project = passed.get(decision.projectId());
            project.recordAward(decision.tier().name(), decision.amount(), null);
            project.setCityRecommended(decision.cityRecommended());
            projects.save(project);
        }
        roundStatus.changeStatus(round, RoundStatus.AWARDING, "评选表彰，待表彰审定");
        ranking.show(execution, roundId);
        log.info("{}: {} passed projects ranked", execution.getProcessBusinessKey(), decisions.size());
    }
}
