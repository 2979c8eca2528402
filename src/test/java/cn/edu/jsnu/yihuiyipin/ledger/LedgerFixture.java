package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Two rounds in years no other test uses: in the first, two union projects (文学院分工会, 机关分工会)
 * and one women's (外国语学院妇委会); in the second, 文学院分工会 continues its brand. The expert of
 * {@link #reviewExpert} held the 专家评审 of 机关分工会's project only.
 */
final class LedgerFixture {

    static final String REVIEW_MODEL = "ledger-review-check";

    final BrandRound first;
    final BrandRound second;
    final BrandProject wxy;
    final BrandProject jg;
    final BrandProject wgyWomen;
    final BrandProject wxyContinued;

    LedgerFixture(TestRounds rounds, BrandProjectRepository projects) {
        first = rounds.newRound();
        second = rounds.newRound();
        wxy = project(
                rounds, projects, first, "wxy-gh", "书香文院" + first.getYear(), ProjectCategory.CULTURE, "8000.00", null);
        jg = project(
                rounds, projects, first, "jg-gh", "机关先锋" + first.getYear(), ProjectCategory.IDEOLOGY, "6000.00", null);
        wgyWomen = project(
                rounds,
                projects,
                first,
                "wgy-fw",
                "巾帼外语" + first.getYear(),
                ProjectCategory.RIGHTS_SERVICE,
                "7000.00",
                null);
        wxyContinued = project(
                rounds,
                projects,
                second,
                "wxy-gh",
                "书香文院二期" + second.getYear(),
                ProjectCategory.CULTURE,
                "9000.00",
                wxy.getId());
    }

    private static BrandProject project(
            TestRounds rounds,
            BrandProjectRepository projects,
            BrandRound round,
            String unitCode,
            String name,
            ProjectCategory category,
            String approved,
            Long continues) {
        BrandProject project = rounds.publishedProject(round, unitCode, name);
        project.applyContent(new ApplicationContent(
                category,
                name,
                "王老师",
                "0516-83500000",
                "基础",
                "目标",
                "计划",
                "成果",
                new BigDecimal("10000.00"),
                continues != null,
                continues));
        project.setApprovedFunding(new BigDecimal(approved));
        return projects.save(project);
    }

    /** The fixture's projects of a year (the years are the fixture's alone). */
    List<BrandProject> ofYear(int year) {
        return year == first.getYear() ? List.of(wxy, jg, wgyWomen) : List.of(wxyContinued);
    }

    /**
     * A 专家评审 task (the model's task id) assigned to {@code expert} under the project's business key,
     * as brand-application leaves one in the history; the instance is deleted, the history stays.
     */
    static void reviewExpert(
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            BrandRound round,
            BrandProject project,
            String expert) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(REVIEW_MODEL)
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Review")
                .userTask(BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW)
                .name("专家评审")
                .camundaAssignee("${expert}")
                .endEvent("EndEvent_Reviewed")
                .done();
        repositoryService
                .createDeployment()
                .name(REVIEW_MODEL)
                .addModelInstance(REVIEW_MODEL + ".bpmn", model)
                .enableDuplicateFiltering(true)
                .deploy();
        String businessKey =
                BusinessKey.ofUnit(round.getYear(), project.getUnit().getCode()).toString();
        String instance = runtimeService
                .startProcessInstanceByKey(
                        REVIEW_MODEL,
                        businessKey,
                        // the task-holder rule admits only the channel's panel, named as brand-application names it
                        Map.of(
                                "expert",
                                expert,
                                "expertGroup",
                                project.getChannel().expertGroup()))
                .getId();
        runtimeService.deleteProcessInstance(instance, "台账测试：评审记录已留在历史中");
    }
}
