package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.EXPERT_GROUP;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_GROUP;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.review.ExpertPanel;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Service;

/**
 * Who may hold a task, whoever hands it over (an office reassigning within its channel, an admin, or
 * anybody who finds a way): the assignee, the owner and every candidate must be people the model meant.
 *
 * <ul>
 * <li>a task with candidate groups in its model (unit, office and round tasks): members of those groups,
 * as the model names them for this instance (a candidate group added later widens nothing);</li>
 * <li>专家评审 and 验收评审: members of the channel's panel ({@code expertGroup}) who are not members of
 * the applying unit ({@code unitGroup}, 回避 as {@link ExpertPanel} defines it) and hold no other review
 * of the same project (its row would be overwritten); never delegated, because the review is recorded
 * under the assignee's name once the delegate's scores come back.</li>
 * </ul>
 *
 * <p>Checked by built-in listeners on {@code assignment} (claim, reassign, unclaim, delegate, resolve)
 * and {@code update} (owner, candidate users and groups added). The previous assignee's own task
 * authorization is withdrawn on reassignment: Camunda keeps it, and with it the old holder could still
 * complete the task under the new holder's name. Identity is read without the caller's authorizations,
 * which are not meant to hide group memberships from this rule.
 */
@Service
public class TaskHolders {

    static final Set<String> EXPERT_TASKS = Set.of(
            BrandApplicationProcess.Elements.TASK_EXPERT_REVIEW,
            BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW);

    private final ExpertPanel panel;
    private final IdentityService identity;

    TaskHolders(ExpertPanel panel, IdentityService identity) {
        this.panel = panel;
        this.identity = identity;
    }

    /** {@code assignment}: the new assignee may hold the task; the previous one loses its own rights. */
    void assigned(DelegateTask task) {
        withoutAuthorization(() -> {
            TaskEntity entity = (TaskEntity) task;
            String assignee = task.getAssignee();
            if (assignee != null) {
                if (isExpertTask(task) && entity.getDelegationState() == DelegationState.PENDING) {
                    throw new InvalidTaskInputException("专家评审须由专家本人完成，不能委托他人。");
                }
                refusal(task, assignee).ifPresent(reason -> {
                    throw new InvalidTaskInputException("不能把任务交给 " + display(assignee) + "：" + reason);
                });
            }
            revokePreviousAssignee(entity);
            return null;
        });
    }

    /** {@code update}: the owner and every candidate user or group may hold the task. */
    void updated(DelegateTask task) {
        withoutAuthorization(() -> {
            if (task.getOwner() != null) {
                refusal(task, task.getOwner()).ifPresent(reason -> {
                    throw new InvalidTaskInputException("不能把任务交给 " + display(task.getOwner()) + "（所有人）：" + reason);
                });
            }
            Set<String> modelGroups = modelCandidateGroups(task);
            for (IdentityLink candidate : task.getCandidates()) {
                if (candidate.getUserId() != null) {
                    String user = candidate.getUserId();
                    refusal(task, user).ifPresent(reason -> {
                        throw new InvalidTaskInputException("不能把 " + display(user) + " 设为候选人：" + reason);
                    });
                } else if (candidate.getGroupId() != null && !modelGroups.contains(candidate.getGroupId())) {
                    String group = candidate.getGroupId();
                    for (String member : members(group)) {
                        refusal(task, member).ifPresent(reason -> {
                            throw new InvalidTaskInputException(
                                    "不能把“" + groupName(group) + "”设为候选组：其成员 " + display(member) + " 不能办理此任务，" + reason);
                        });
                    }
                }
            }
            return null;
        });
    }

    /** Why {@code userId} may not hold {@code task}; empty when it may. */
    Optional<String> refusal(DelegateTask task, String userId) {
        if (isExpertTask(task)) {
            return expertRefusal(task, userId);
        }
        Set<String> groups = modelCandidateGroups(task);
        if (groups.isEmpty() || groups.stream().anyMatch(group -> isMember(userId, group))) {
            return Optional.empty();
        }
        return Optional.of(
                "此任务只能由" + String.join("、", groups.stream().map(this::groupName).toList()) + "的成员办理。");
    }

    private Optional<String> expertRefusal(DelegateTask task, String expert) {
        String expertGroup = EXPERT_GROUP.find(task).orElse(null);
        String unitGroup = UNIT_GROUP.find(task).orElse(null);
        if (expertGroup == null || !isMember(expert, expertGroup)) {
            return Optional.of("评审只能由" + (expertGroup == null ? "本渠道评审专家" : groupName(expertGroup)) + "中的专家承担。");
        }
        if (panel.isRecused(expert, unitGroup)) {
            return Optional.of("该专家是" + groupName(unitGroup) + "的成员，须回避本单位项目的评审。");
        }
        if (holdsAnotherReview(task, expert)) {
            return Optional.of("该专家已承担本项目的一份评审，每位专家只评一份。");
        }
        return Optional.empty();
    }

    /**
     * One historic-task query answers both questions where the history level follows tasks (the
     * application runs {@code full}): every task has its historic row from creation on, with its current
     * assignee and no end time while it is open. Two queries were one statement more for every expert
     * task created or handed over.
     */
    private boolean holdsAnotherReview(DelegateTask task, String expert) {
        if (!historyFollowsAssignees()) {
            return holdsAnotherOpenReview(task, expert) || holdsAnotherReviewInHistory(task, expert, false);
        }
        return holdsAnotherReviewInHistory(task, expert, true);
    }

    private static boolean holdsAnotherOpenReview(DelegateTask task, String expert) {
        return task
                .getProcessEngineServices()
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey())
                .taskAssignee(expert)
                .list()
                .stream()
                .anyMatch(other -> !other.getId().equals(task.getId()));
    }

    private static boolean holdsAnotherReviewInHistory(DelegateTask task, String expert, boolean openToo) {
        return task
                .getProcessEngineServices()
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey())
                .taskAssignee(expert)
                .list()
                .stream()
                .filter(other -> !other.getId().equals(task.getId()))
                // an open review holds; a closed one only if submitted: a review the deadline closed
                // unsubmitted holds nothing, 重新评审 gives that expert a new one
                .anyMatch(other ->
                        (openToo && other.getEndTime() == null) || "completed".equals(other.getDeleteReason()));
    }

    /** Whether the history level writes a task's row when it is created and each change of its assignee. */
    private static boolean historyFollowsAssignees() {
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        return configuration != null
                && configuration.getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null)
                && configuration.getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_UPDATE, null);
    }

    private void revokePreviousAssignee(TaskEntity task) {
        PropertyChange change = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
        String previous = change == null ? null : (String) change.getOrgValue();
        if (previous == null
                || previous.equals(task.getAssignee())
                || previous.equals(task.getOwner())
                || task.getCandidates().stream().anyMatch(link -> previous.equals(link.getUserId()))) {
            return;
        }
        Context.getCommandContext()
                .getAuthorizationManager()
                .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), previous);
    }

    static boolean isExpertTask(DelegateTask task) {
        return EXPERT_TASKS.contains(task.getTaskDefinitionKey());
    }

    /** The candidate groups the model gives this task, evaluated in its execution as the engine did. */
    static Set<String> modelCandidateGroups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        TaskDefinition definition = ((TaskEntity) task).getTaskDefinition();
        if (definition == null || task.getExecution() == null) {
            return groups;
        }
        for (Expression expression : definition.getCandidateGroupIdExpressions()) {
            Object value = expression.getValue(task.getExecution());
            if (value instanceof String text) {
                for (String group : text.split(",")) {
                    if (!group.isBlank()) {
                        groups.add(group.strip());
                    }
                }
            } else if (value instanceof Collection<?> list) {
                list.stream().filter(Objects::nonNull).map(Object::toString).forEach(groups::add);
            }
        }
        return groups;
    }

    private boolean isMember(String userId, String groupId) {
        return identity.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
    }

    private List<String> members(String groupId) {
        List<String> members = new ArrayList<>();
        identity.createUserQuery().memberOfGroup(groupId).list().forEach(user -> members.add(user.getId()));
        return members;
    }

    private String groupName(String groupId) {
        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    private String display(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? userId : userId + "（" + name + "）";
    }

    private static void withoutAuthorization(java.util.concurrent.Callable<Void> check) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            try {
                check.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        context.runWithoutAuthorization(check);
    }
}
