package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 调整立项名单 ({@code Task_AdjustApprovedList}), after 立项公示审定 asked for a change (checked by
 * {@code ApprovedListConfirmationListener} in the same transaction): sets the project's approved
 * funding, or records 不予立项 (its funding returns to the pool), each with the office's reason in the
 * project's status history; then shows the refreshed list. Reads {@code roundId, channel,
 * listChangeProjectId, listChangeAction, listChangeAmount, listChangeReason}.
 */
@Component
class AdjustApprovedListDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AdjustApprovedListDelegate.class);

    private final BrandRoundRepository rounds;
    private final ApprovedList approvedList;
    private final ProjectStatusService statusService;

    AdjustApprovedListDelegate(
            BrandRoundRepository rounds, ApprovedList approvedList, ProjectStatusService statusService) {
        this.rounds = rounds;
        this.approvedList = approvedList;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Channel channel = Channel.valueOf(CHANNEL.get(execution));
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        BrandProject project =
                approvedList.projectOnList(LIST_CHANGE_PROJECT_ID.get(execution), round.getId(), channel);
        String reason = LIST_CHANGE_REASON.get(execution);
        String before = FormValues.moneyText(project.getApprovedFunding());
        String step = "立项公示审定（" + channel.label() + "）";
        if (LIST_CHANGE_FUNDING.equals(LIST_CHANGE_ACTION.get(execution))) {
            BigDecimal amount = LIST_CHANGE_AMOUNT.get(execution).setScale(2);
            approvedList.checkFunding(project, amount);
            project.setApprovedFunding(amount);
            statusService.changeStatus(
                    project,
                    ProjectStatus.APPROVED,
                    step + "调整核定经费：" + before + " 元 → " + FormValues.moneyText(amount) + " 元。理由：" + reason);
        } else {
            project.setApprovedFunding(null);
            statusService.changeStatus(
                    project, ProjectStatus.REJECTED, step + "不予立项（原核定 " + before + " 元）。理由：" + reason);
        }
        log.info(
                "{}: approved list of {} changed for project {}: {}",
                execution.getProcessBusinessKey(),
                channel,
                project.getId(),
                reason);
        approvedList.show(execution, round, channel);
    }
}
