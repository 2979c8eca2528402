package cn.edu.jsnu.yihuiyipin.award;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_ID;

import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.round.OfficeTasks;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 表彰审定及推荐 ({@code Task_ConfirmAwards} in brand-round, form
 * {@code award-confirmation}), one task per channel: the office may change one of its own channel's
 * projects' tier (the prize follows the tier) and/or its city-level recommendation, with a reason that
 * is kept as the award note; another channel's project is refused. Reads {@code roundId,
 * overrideProjectId, overrideTier, overrideRecommended, overrideReason}; refreshes the channel's
 * {@code awardRanking} and sets {@code awardsAdjusted}: after a change the task comes back with the new
 * ranking, and a completion without a change confirms the channel's list.
 */
@Component
class ConfirmAwardsListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ConfirmAwardsListener.class);

    private final BrandProjectRepository projects;
    private final AwardSettings settings;
    private final AwardRanking ranking;

    ConfirmAwardsListener(BrandProjectRepository projects, AwardSettings settings, AwardRanking ranking) {
        this.projects = projects;
        this.settings = settings;
        this.ranking = ranking;
    }

    @Override
    public void notify(DelegateTask task) {
        Channel channel = OfficeTasks.channelOf(task);
        String projectValue = FormValues.text(task, OVERRIDE_PROJECT_ID);
        String tierValue = FormValues.text(task, OVERRIDE_TIER);
        String recommendedValue = FormValues.text(task, OVERRIDE_RECOMMENDED);
        if (projectValue == null) {
            if (tierValue != null || recommendedValue != null) {
                throw new InvalidTaskInputException("请选择要调整等次或推荐的项目。");
            }
            AWARDS_ADJUSTED.set(task.getExecution(), false);
            return;
        }
        if (tierValue == null && recommendedValue == null) {
            throw new InvalidTaskInputException("已选择项目，请选择调整后的等次或推荐意见。");
        }
        String reason = FormValues.requiredText(task, OVERRIDE_REASON, "调整理由");
        long roundId = ROUND_ID.get(task);
        BrandProject project = projectOfRound(projectValue, roundId, channel);

        if (tierValue != null) {
            AwardTier tier =
                    AwardTier.parse(tierValue).orElseThrow(() -> new InvalidTaskInputException("未知的表彰等次：" + tierValue));
            project.recordAward(tier.name(), settings.amount(tier), "审定调整：" + reason);
        } else {
            project.recordAward(project.getAwardTier(), project.getAwardAmount(), "审定调整：" + reason);
        }
        if (recommendedValue != null) {
            switch (recommendedValue) {
                case "YES" -> project.setCityRecommended(true);
                case "NO" -> project.setCityRecommended(false);
                default -> throw new InvalidTaskInputException("未知的推荐意见：" + recommendedValue);
            }
        }
        projects.save(project);
        ranking.refreshChannel(task.getExecution(), roundId, channel);
        // the office sees the refreshed ranking with an empty adjustment, and publishes by submitting it so
        for (ProcessVariable<String> field :
                List.of(OVERRIDE_PROJECT_ID, OVERRIDE_TIER, OVERRIDE_RECOMMENDED, OVERRIDE_REASON)) {
            field.clear(task.getExecution());
        }
        AWARDS_ADJUSTED.set(task.getExecution(), true);
        log.info(
                "{}: award of project {} changed to {} / recommended {}: {}",
                task.getExecution().getProcessBusinessKey(),
                project.getId(),
                project.getAwardTier(),
                project.isCityRecommended(),
                reason);
    }

    private BrandProject projectOfRound(String value, long roundId, Channel channel) {
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidTaskInputException("无法识别所选项目：" + value);
        }
        BrandProject project = projects.findById(id)
                .filter(p -> p.getRound().getId() == roundId && p.getStatus() == ProjectStatus.PASSED)
                .orElseThrow(() -> new InvalidTaskInputException("所选项目不是本年度通过验收的项目：" + value));
        if (project.getChannel() != channel) {
            throw new InvalidTaskInputException("所选项目“" + project.getName() + "”报"
                    + project.getChannel().label() + "，只能调整本渠道（" + channel.label() + "）的表彰等次和推荐。");
        }
        return project;
    }
}
