package cn.edu.jsnu.yihuiyipin.round;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
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

    StartAcceptancePhaseDelegate(BrandRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(((Number) execution.getVariable("roundId")).longValue()).orElseThrow();
        round.setStatus(RoundStatus.ACCEPTANCE);
        rounds.save(round);
    }
}
