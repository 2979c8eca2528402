package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;

import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.system.ProcessText;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * One channel's part of 立项公示审定: the approved projects it shows its office, the project an office
 * may change (its own channel's only), and the funding rule a change must keep: no project above its
 * request, and the whole round (both channels share one pool) never above the pool.
 */
@Component
class ApprovedList {

    /** The form's fields, declared local to each channel's sub-process instance so the offices never share them. */
    static final List<ProcessVariable<?>> FORM_FIELDS = List.of(
            LIST_CHANGE_PROJECT_ID,
            LIST_CHANGE_ACTION,
            LIST_CHANGE_AMOUNT,
            LIST_CHANGE_REASON,
            APPROVED_LIST_CONFIRMED,
            APPROVED_LIST_REMARK,
            APPROVED_LIST_ADJUSTED);

    private final BrandRoundRepository rounds;
    private final BrandProjectRepository projects;

    ApprovedList(BrandRoundRepository rounds, BrandProjectRepository projects) {
        this.rounds = rounds;
        this.projects = projects;
    }

    List<BrandProject> approved(long roundId, Channel channel) {
        return projects.findByRoundIdAndStatusInOrderById(roundId, List.of(ProjectStatus.APPROVED)).stream()
                .filter(p -> p.getChannel() == channel)
                .toList();
    }

    /**
     * Writes what 立项公示审定 shows into the channel's instance ({@code scope}, the sub-process instance)
     * and empties the form, so after a change the office sees the refreshed list and a blank change.
     */
    void show(VariableScope scope, BrandRound round, Channel channel) {
        List<BrandProject> listed = approved(round.getId(), channel);
        BigDecimal roundTotal =
                projects.findByRoundIdAndStatusInOrderById(round.getId(), List.of(ProjectStatus.APPROVED)).stream()
                        .map(BrandProject::getApprovedFunding)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        CHANNEL_LABEL.setLocal(scope, channel.label());
        ALLOCATED_FUNDING.setLocal(scope, FormValues.moneyText(roundTotal));
        CHANNEL_FUNDING.setLocal(scope, FormValues.moneyText(total(listed)));
        APPROVED_LIST_SUMMARY.setLocal(
                scope,
                ProcessText.fit(
                        listed.isEmpty()
                                ? "本渠道已没有立项项目。"
                                : listed.stream().map(ApprovedList::line).collect(Collectors.joining("\n")),
                        "名单过长，其余项目见 Cockpit 或数据库 brand_project"));
        APPROVED_LIST_OPTIONS.setLocal(
                scope,
                listed.stream()
                        .map(p -> Map.of(
                                "label",
                                p.getUnit().getName() + "：" + p.getName() + "（核定 "
                                        + FormValues.moneyText(p.getApprovedFunding()) + " 元）",
                                "value",
                                String.valueOf(p.getId())))
                        .toList());
        FORM_FIELDS.forEach(field -> field.clearLocal(scope));
    }

    private static String line(BrandProject p) {
        return p.getUnit().getName() + "：" + p.getName() + "（"
                + (p.getCategory() == null ? "" : p.getCategory().label() + "，")
                + "评审得分 "
                + (p.getReviewScore() == null ? "无" : p.getReviewScore().toPlainString())
                + "，申请 " + FormValues.moneyText(p.getRequestedBudget())
                + " 元，核定 " + FormValues.moneyText(p.getApprovedFunding()) + " 元）";
    }

    private static BigDecimal total(List<BrandProject> listed) {
        return listed.stream()
                .map(BrandProject::getApprovedFunding)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The approved project of this round and channel that the form's select named; refuses any other. */
    BrandProject projectOnList(String value, long roundId, Channel channel) {
        long id;
        try {
            id = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidTaskInputException("无法识别所选项目：" + value);
        }
        BrandProject project = projects.findById(id)
                .filter(p -> p.getRound().getId() == roundId && p.getStatus() == ProjectStatus.APPROVED)
                .orElseThrow(() -> new InvalidTaskInputException("所选项目不在本年度的立项名单上：" + value));
        if (project.getChannel() != channel) {
            throw new InvalidTaskInputException("所选项目“" + project.getName() + "”报"
                    + project.getChannel().label() + "，只能调整本渠道（" + channel.label() + "）的立项名单。");
        }
        return project;
    }

    /**
     * Refuses an amount above the project's request, or one that would take the round's total above its
     * pool. Locks the round first, so two offices changing their lists at once are checked one after
     * the other and never overspend the pool between them.
     */
    void checkFunding(BrandProject project, BigDecimal amount) {
        BigDecimal requested = project.getRequestedBudget() == null ? BigDecimal.ZERO : project.getRequestedBudget();
        if (amount.compareTo(requested) > 0) {
            throw new InvalidTaskInputException("调整后的核定经费（" + FormValues.moneyText(amount) + " 元）不能超过该项目申请的经费（"
                    + FormValues.moneyText(requested) + " 元）。");
        }
        BrandRound round = rounds.findLockedById(project.getRound().getId()).orElseThrow();
        BigDecimal others = projects.sumApprovedFundingExcept(round.getId(), ProjectStatus.APPROVED, project.getId());
        BigDecimal available = round.getFundingPool().subtract(others).max(BigDecimal.ZERO);
        if (amount.compareTo(available) > 0) {
            throw new InvalidTaskInputException("调整后全年度核定经费合计将超过经费总额 "
                    + FormValues.moneyText(round.getFundingPool()) + " 元：其他立项项目已核定 "
                    + FormValues.moneyText(others) + " 元，本项目至多可核定 " + FormValues.moneyText(available) + " 元。");
        }
    }
}
