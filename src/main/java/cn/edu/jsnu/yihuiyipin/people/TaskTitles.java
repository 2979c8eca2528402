package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.ROUND_YEAR;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_NAME;

import cn.edu.jsnu.yihuiyipin.system.UserTaskListeners;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Task names in Tasklist say what and for whom: every user task of every process gets a built-in
 * {@code create} listener that turns 专家评审 into “文学院分工会 · 专家评审（2027年度）” from the
 * variables {@code unitName} and {@code roundYear} in scope (either may be missing). A name that ends
 * in a parenthesis keeps it, with the year inside: 填报项目申报表（附件1，2027年度）.
 */
@Component
// before notices/TaskNoticesPlugin, whose new-task notice names the task by this title
@Order(Ordered.LOWEST_PRECEDENCE - 20)
public class TaskTitles extends AbstractProcessEnginePlugin {

    static final String SEPARATOR = " · ";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.addToEveryUserTask(configuration, TaskTitles::retitle, TaskListener.EVENTNAME_CREATE);
    }

    static void retitle(DelegateTask task) {
        String unit = UNIT_NAME.find(task).orElse(null);
        String year = ROUND_YEAR.find(task).map(String::valueOf).orElse(null);
        task.setName(title(task.getName(), unit, year));
    }

    /** The Tasklist title of a task named {@code name}; returns {@code name} unchanged without unit and year. */
    static String title(String name, String unitName, String roundYear) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String titled = name;
        if (roundYear != null && !roundYear.isBlank()) {
            String year = roundYear.strip() + "年度";
            titled = titled.endsWith("）") && titled.contains("（")
                    ? titled.substring(0, titled.length() - 1) + "，" + year + "）"
                    : titled + "（" + year + "）";
        }
        if (unitName != null && !unitName.isBlank() && !titled.startsWith(unitName + SEPARATOR)) {
            titled = unitName.strip() + SEPARATOR + titled;
        }
        return titled;
    }
}
