package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.SharedVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters each role starts from (Tasklist opens the one of lowest priority: the role's
 * own filter, 我的待办 last), kept up to date by name on every start (a filter an
 * admin renamed is left alone and a new one made). Without a filter a Tasklist user sees no list at
 * all, so these exist in every profile, not only in the demo.
 *
 * <ul>
 * <li>我的待办: tasks assigned to me (everyone)</li>
 * <li>本单位任务: tasks of my groups, claimed or not (grassroots units)</li>
 * <li>专家评审: the reviews assigned to me, for approval and for acceptance (expert panels)</li>
 * <li>校工会全部任务 / 校妇联全部任务: the office's channel, claimed or not (each office)</li>
 * <li>校工会渠道全部待办 / 校妇联渠道全部待办: every task of the channel the office may hand on, the units'
 * and the experts' included (each office)</li>
 * </ul>
 */
class TasklistFilters {

    static final String MINE = "我的待办";
    static final String UNIT = "本单位任务";
    static final String EXPERT_REVIEW = "专家评审";
    static final String UNION_CHANNEL = "校工会全部任务";
    static final String WOMEN_CHANNEL = "校妇联全部任务";
    static final String UNION_CHANNEL_ALL = "校工会渠道全部待办";
    static final String WOMEN_CHANNEL_ALL = "校妇联渠道全部待办";

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** Creates or updates the filters; returns each filter's id with the groups that may read it. */
    Map<String, List<String>> ensure(List<String> unitGroups) {
        List<String> everyone = new ArrayList<>(Roles.OFFICES);
        everyone.addAll(Roles.EXPERTS);
        everyone.addAll(unitGroups);

        Map<String, List<String>> readers = new LinkedHashMap<>();
        readers.put(
                filter(MINE, 20, "#2e7d32", "分配给我、正在办理的任务", query().taskAssigneeExpression("${currentUser()}")),
                everyone);
        readers.put(
                filter(
                        UNIT,
                        0,
                        "#1565c0",
                        "本单位（本人所在组）的全部任务；办理前请先点击右上方的 Claim 认领",
                        query().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()),
                unitGroups);
        readers.put(
                filter(
                        EXPERT_REVIEW,
                        0,
                        "#6a1b9a",
                        "分配给我的专家评审任务：立项评审与验收评审",
                        query().taskDefinitionKeyIn(
                                        BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW,
                                        BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW)
                                .taskAssigneeExpression("${currentUser()}")),
                Roles.EXPERTS);
        readers.put(
                filter(
                        UNION_CHANNEL,
                        0,
                        "#c62828",
                        "报送校工会的全部任务（形式审查、立项审定、方案确认等）",
                        query().taskCandidateGroup(Roles.UNION_OFFICE).includeAssignedTasks()),
                List.of(Roles.UNION_OFFICE));
        // no criteria: every task the office may read, i.e. its channel's (the units' and the experts' too,
        // ChannelTaskAuthorizations), so that it finds the task it has to hand on
        readers.put(
                filter(UNION_CHANNEL_ALL, 10, "#c62828", "校工会渠道的全部待办（含基层单位和评审专家的任务），用于改派", query()),
                List.of(Roles.UNION_OFFICE));
        readers.put(
                filter(WOMEN_CHANNEL_ALL, 10, "#ad1457", "校妇联渠道的全部待办（含基层单位和评审专家的任务），用于改派", query()),
                List.of(Roles.WOMEN_OFFICE));
        readers.put(
                filter(
                        WOMEN_CHANNEL,
                        0,
                        "#ad1457",
                        "报送校妇联的全部任务（形式审查、立项审定、方案确认等）",
                        query().taskCandidateGroup(Roles.WOMEN_OFFICE).includeAssignedTasks()),
                List.of(Roles.WOMEN_OFFICE));
        return readers;
    }

    private TaskQuery query() {
        return tasks.createTaskQuery();
    }

    private String filter(String name, int priority, String color, String description, TaskQuery query) {
        List<Filter> sameName = filters.createTaskFilterQuery()
                .filterName(name)
                .orderByFilterId()
                .asc()
                .list();
        // a filter a user saved in Tasklist under the same name has an owner and is left alone; before the
        // start-up lock (system/StartupLock) two nodes starting together could each create the role filter:
        // such ownerless twins go, with their grants, and IdentityBootstrap grants the one kept
        List<Filter> ownerless =
                sameName.stream().filter(f -> f.getOwner() == null).toList();
        Filter filter = ownerless.isEmpty() ? filters.newTaskFilter(name) : ownerless.get(0);
        ownerless.stream().skip(1).forEach(twin -> filters.deleteFilter(twin.getId()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put(
                "variables",
                List.of(
                        Map.of("name", SharedVariables.UNIT_NAME.name(), "label", "申报单位"),
                        Map.of("name", SharedVariables.ROUND_YEAR.name(), "label", "年度"),
                        Map.of("name", SharedVariables.PROJECT_NAME.name(), "label", "项目名称")));
        filter.setProperties(properties);
        filter.setQuery(query);
        return filters.saveFilter(filter).getId();
    }
}
