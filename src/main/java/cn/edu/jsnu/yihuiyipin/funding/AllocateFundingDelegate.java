package cn.edu.jsnu.yihuiyipin.funding;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import cn.edu.jsnu.yihuiyipin.system.ProcessText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 核定建设经费 ({@code Task_AllocateFunding}). Reads {@code roundId}; writes each approved project's
 * funding ({@link FundingRule}) and sets {@code allocatedFunding} and {@code approvedListSummary} for
 * 立项公示审定. Running it again recomputes the same amounts, so a retried job changes nothing.
 */
@Component
class AllocateFundingDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AllocateFundingDelegate.class);

    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;
    private final BrandProjectRepository projects;
    private final FundingRule fundingRule;

    AllocateFundingDelegate(
            BrandRoundRepository rounds,
            BrandProjectRepository projects,
            FundingRule fundingRule,
            RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.rounds = rounds;
        this.projects = projects;
        this.fundingRule = fundingRule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        List<BrandProject> approved =
                projects.findByRoundIdAndStatusInOrderById(round.getId(), List.of(ProjectStatus.APPROVED));
        Map<Long, BigDecimal> funding = fundingRule.allocate(
                approved.stream()
                        .map(p -> new FundingRule.Request(p.getId(), p.getRequestedBudget(), p.getReviewScore()))
                        .toList(),
                round.getFundingPool());
        approved.forEach(p -> p.setApprovedFunding(funding.get(p.getId())));
        projects.saveAll(approved);
        // the review-start timer moved the round to 评审立项 already, unless every application ended before it
        if (round.getStatus() == RoundStatus.APPLICATION) {
            roundStatus.changeStatus(round, RoundStatus.APPROVAL, "核定建设经费，待立项公示审定");
        }

        BigDecimal total = funding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        ALLOCATED_FUNDING.set(execution, total.toPlainString());
        APPROVED_LIST_SUMMARY.set(
                execution,
                ProcessText.fit(
                        approved.isEmpty()
                                ? "本年度没有立项项目。"
                                : approved.stream()
                                        .map(p -> p.getUnit().getName() + "：" + p.getName() + "（"
                                                + p.getCategory().label() + "，评审得分 "
                                                + (p.getReviewScore() == null
                                                        ? "无"
                                                        : p.getReviewScore().toPlainString())
                                                + "，申请 "
                                                + p.getRequestedBudget().toPlainString() + " 元，核定 "
                                                + p.getApprovedFunding().toPlainString() + " 元）")
                                        .collect(Collectors.joining("\n")),
                        "名单过长，其余项目见 Cockpit 或数据库 brand_project"));
        log.info(
                "{}: {} projects funded with {} of {}",
                execution.getProcessBusinessKey(),
                approved.size(),
                total,
                round.getFundingPool());
    }
}
