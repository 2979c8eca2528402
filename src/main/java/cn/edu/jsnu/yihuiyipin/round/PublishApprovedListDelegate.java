package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发布立项名单 ({@code Task_PublishApprovedList}): 学校公布立项建设项目, once every channel's office
 * has confirmed its list (立项公示审定). Approved projects become PUBLISHED and the round moves on. Reads
 * {@code roundId}.
 */
@Component
class PublishApprovedListDelegate implements JavaDelegate {

    private final BrandRoundRepository rounds;
    private final RoundStatusService roundStatus;
    private final BrandProjectRepository projects;
    private final ProjectStatusService statusService;

    PublishApprovedListDelegate(
            BrandRoundRepository rounds,
            BrandProjectRepository projects,
            ProjectStatusService statusService,
            RoundStatusService roundStatus) {
        this.roundStatus = roundStatus;
        this.rounds = rounds;
        this.projects = projects;
        this.statusService = statusService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandRound round = rounds.findById(ROUND_ID.get(execution)).orElseThrow();
        List<BrandProject> approved =
                projects.findByRoundIdAndStatusInOrderById(round.getId(), List.of(ProjectStatus.APPROVED));
        for (BrandProject project : approved) {
            statusService.changeStatus(
                    project,
                    ProjectStatus.PUBLISHED,
                    "立项建设经费 " + project.getApprovedFunding().toPlainString() + " 元");
        }
        roundStatus.changeStatus(round, RoundStatus.PUBLISHED, "发布立项名单");
    }
}
