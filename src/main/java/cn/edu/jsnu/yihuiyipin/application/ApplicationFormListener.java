package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_ID;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_CODE;

import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes 填报项目申报表（附件1）({@code Task_FillApplication}) and 调整项目方案 ({@code Task_AdjustPlan}):
 * an application {@link ApplicationValidator} refuses is refused while the form is open, so the unit
 * keeps its task, its claim and what it typed, and reads the reason at once (a loop back through a BPMN
 * error is for decisions, not for typos). 本年度不申报 needs no content. Saving is left to 保存申报表 and
 * 保存调整后方案.
 */
@Component
class ApplicationFormListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ApplicationFormListener.class);

    private final ApplicationForm form;
    private final GrassrootsUnitRepository units;
    private final ProjectRecords records;

    ApplicationFormListener(ApplicationForm form, GrassrootsUnitRepository units, ProjectRecords records) {
        this.form = form;
        this.units = units;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        if (TASK_FILL_APPLICATION.equals(task.getTaskDefinitionKey())
                && NOT_APPLYING.find(task).orElse(false)) {
            return;
        }
        // a unit stopped after the round opened (撤并) applies no more; declaring 本年度不申报 stays possible
        GrassrootsUnit unit = units.findByCode(UNIT_CODE.get(task)).orElse(null);
        if (TASK_FILL_APPLICATION.equals(task.getTaskDefinitionKey()) && unit != null && !unit.isActive()) {
            throw new InvalidTaskInputException(unit.getName() + "已停用，不能提交本年度申报；如单位已撤并，请联系"
                    + unit.getChannel().label() + "，或选择本年度不申报");
        }
        try {
            if (unit != null) {
                form.read(task, records.round(ROUND_ID.get(task)), unit);
            } else {
                form.read(task);
            }
        } catch (InvalidTaskInputException e) {
            log.info("{}: application refused: {}", task.getExecution().getProcessBusinessKey(), e.getMessage());
            throw e;
        }
    }
}
