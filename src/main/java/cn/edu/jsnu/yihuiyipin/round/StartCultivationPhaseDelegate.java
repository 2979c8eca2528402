package cn.edu.jsnu.yihuiyipin.round;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 进入过程培育 ({@code Task_StartCultivation} in brand-round): the round moves to 过程培育. Reads {@code roundId}. */
@Component
class StartCultivationPhaseDelegate implements JavaDelegate {

    private final BrandRoundRepository rounds;

    StartCultivationPhaseDelegate(BrandRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(((Number) execution.getVariable("roundId")).longValue()).orElseThrow();
        round.setStatus(RoundStatus.CULTIVATION);
        rounds.save(round);
    }
}
