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
 * 进入评审立项 ({@code Task_StartReview} in brand-round, after the non-interrupting review-start timer on
 * the applications call activity): the round moves to 评审立项 while the experts review, once for the
 * round rather than once per application. Reads {@code roundId}.
 */
@Component
class StartReviewPhaseDelegate implements JavaDelegate {

    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;

    StartReviewPhaseDelegate(BrandRoundRepository rounds, RoundStatusService roundStatus) {
        this.rounds = rounds;
        this.roundStatus = roundStatus;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        roundStatus.changeStatus(round, RoundStatus.APPROVAL, "评审立项开始");
    }
}
