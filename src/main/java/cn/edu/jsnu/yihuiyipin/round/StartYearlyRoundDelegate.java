package cn.edu.jsnu.yihuiyipin.round;

import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 开启本年度品牌创建 ({@code Task_StartYearlyRound} in brand-round-yearly, fired every 1 March):
 * starts this year's brand-round with the configured pool, unless an admin already opened it by hand.
 */
@Component
class StartYearlyRoundDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(StartYearlyRoundDelegate.class);

    private final BrandRoundRepository rounds;
    private final RoundOpening opening;

    StartYearlyRoundDelegate(BrandRoundRepository rounds, RoundOpening opening) {
        this.rounds = rounds;
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = opening.currentYear();
        if (rounds.existsByYear(year)) {
            log.info("{}: round already opened by hand, the yearly timer leaves it alone", year);
            return;
        }
        opening.openWithDefaults(year);
    }
}
