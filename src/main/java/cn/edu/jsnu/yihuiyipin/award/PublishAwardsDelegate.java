package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_ID;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 发布表彰结果 ({@code Task_PublishAwards} in brand-round): every passed project with a tier becomes
 * 已表彰, and the round is closed. Reads {@code roundId}.
 */
@Component
class PublishAwardsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PublishAwardsDelegate.class);

    private final BrandProjectRepository projects;
    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;
    private final ProjectStatusService statusService;
    private final Clock clock;

    PublishAwardsDelegate(
            BrandProjectRepository projects,
            BrandRoundRepository rounds,
            ProjectStatusService statusService,
            Clock clock,
            RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.projects = projects;
        this.rounds = rounds;
        this.statusService = statusService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = ROUND_ID.get(execution);
        LocalDateTime now = LocalDateTime.now(clock);
        int awarded = 0;
        for (BrandProject project :
                projects.findByRoundIdAndStatusInOrderById(roundId, List.of(ProjectStatus.PASSED))) {
            if (project.getAwardTier() == null) {
                continue;
            }
            project.setAwardedAt(now);
            statusService.changeStatus(
                    project,
                    ProjectStatus.AWARDED,
                    AwardTier.parse(project.getAwardTier())
                            .map(AwardTier::label)
                            .orElse(project.getAwardTier()));
            awarded++;
        }
        BrandRound round = rounds.findById(roundId).orElseThrow();
        roundStatus.changeStatus(round, RoundStatus.CLOSED, "发布表彰结果");
        log.info("{}: {} awards published, round closed", execution.getProcessBusinessKey(), awarded);
    }
}
