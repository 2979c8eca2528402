package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 进入过程培育 ({@code Task_StartCultivation} in brand-round): the round moves to 过程培育. Reads {@code roundId}. */
@Component
class StartCultivationPhaseDelegate implements JavaDelegate {

    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;

    StartCultivationPhaseDelegate(BrandRoundRepository rounds, RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        roundStatus.changeStatus(round, RoundStatus.CULTIVATION, "立项项目进入过程培育");
    }
}
