package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 进入评估验收 ({@code Task_StartAcceptance} in brand-round, after the acceptance-date timer on the
 * cultivation call activity): the round moves to 评估验收. Done once by the round rather than by
 * every project's instance, which would all write the round row at the same moment. Reads {@code roundId}.
 */
@Component
class StartAcceptancePhaseDelegate implements JavaDelegate {

    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;

    StartAcceptancePhaseDelegate(BrandRoundRepository rounds, RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        roundStatus.changeStatus(round, RoundStatus.ACCEPTANCE, "评估验收开始");
    }
}
