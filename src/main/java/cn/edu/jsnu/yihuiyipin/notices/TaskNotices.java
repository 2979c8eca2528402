package cn.edu.jsnu.yihuiyipin.notices;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * What people hear about a task: new (its holders), a reminder before the due date (its holders: the
 * assignee, or while unclaimed the candidate groups' members), and overdue (a unit's task to its
 * channel's office, an office's or an expert's to the admins).
 */
@Component
public class TaskNotices {

    /**
     * Tasks that stand open for a whole period so a person can act if need be (撤回申报, 撤销项目): they have a due date (the end of that period) but are nobody's duty, so they bring no
     * notice, reminder or escalation.
     */
    static final Set<String> STANDING = Set.of(
            BrandApplicationProcess.Elements.TASK_WITHDRAW_APPLICATION,
            BrandCultivationProcess.Elements.TASK_WITHDRAW_PROJECT);

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** A task as notices see it, from a listener's DelegateTask or a query's Task. */
    public record TaskView(
            String id,
            String definitionKey,
            String name,
            Date dueDate,
            String assignee,
            Collection<String> candidateUsers,
            Collection<String> candidateGroups) {

        /** The task with the users and groups among its identity links that are candidates (not owner, assignee). */
        static TaskView of(
                String id,
                String definitionKey,
                String name,
                Date dueDate,
                String assignee,
                Collection<? extends IdentityLink> identityLinks) {
            List<? extends IdentityLink> candidates = identityLinks.stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .toList();
            return new TaskView(
                    id,
                    definitionKey,
                    name,
                    dueDate,
                    assignee,
                    candidates.stream()
                            .map(IdentityLink::getUserId)
                            .filter(Objects::nonNull)
                            .toList(),
                    candidates.stream()
                            .map(IdentityLink::getGroupId)
                            .filter(Objects::nonNull)
                            .toList());
        }
    }

    private final Notices notices;
    private final NoticeRecipients recipients;
    private final NoticeLinks links;
    private final GrassrootsUnitRepository units;
    private final TaskReminders reminders;
    private final Clock clock;

    TaskNotices(
            Notices notices,
            NoticeRecipients recipients,
            NoticeLinks links,
            GrassrootsUnitRepository units,
            TaskReminders reminders,
            Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.links = links;
        this.units = units;
        this.reminders = reminders;
        this.clock = clock;
    }

    void created(TaskView task) {
        if (STANDING.contains(task.definitionKey())) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("您有一项新任务：" + task.name() + "。");
        due(task).ifPresent(due -> lines.add("截止时间：" + WHEN.format(due) + "。"));
        lines.add("请登录任务列表（Tasklist）办理。");
        notices.newTask(
                holders(task), message(NoticeKind.NEW_TASK, "新任务：" + task.name(), lines, task, "task:" + task.id()));
    }

    /** A reminder on the configured days before the due date; other days of the timer's cycle are skipped. */
    void remind(TaskView task) {
        if (STANDING.contains(task.definitionKey()) || task.dueDate() == null) {
            return;
        }
        LocalDateTime due = TaskDeadlines.local(task.dueDate());
        long daysLeft = TaskReminders.daysLeft(due, LocalDateTime.now(clock));
        if (!reminders.remindsOn(daysLeft)) {
            return;
        }
        List<String> lines = List.of(
                "任务“" + task.name() + "”将于 " + WHEN.format(due) + " 截止（还剩 " + daysLeft + " 天），请及时办理。",
                "逾期未办理的，系统将按规则关闭任务并上报。");
        notices.toUsers(
                holders(task),
                message(
                        NoticeKind.REMINDER,
                        "还剩" + daysLeft + "天：" + task.name(),
                        lines,
                        task,
                        "reminder:" + daysLeft + ":" + task.id()));
    }

    /**
     * The due date passed with the task undone: a unit's task to its channel's office, anybody else's
     * (office, expert) to the admins. {@code closed} says whether the deadline closed the task.
     */
    void overdue(TaskView task, boolean closed) {
        if (STANDING.contains(task.definitionKey()) || task.dueDate() == null) {
            return;
        }
        LocalDateTime due = TaskDeadlines.local(task.dueDate());
        if (LocalDateTime.now(clock).isBefore(due)) {
            return;
        }
        Optional<GrassrootsUnit> unit = task.candidateGroups().stream()
                .map(units::findByGroupId)
                .flatMap(Optional::stream)
                .findFirst();
        String who = unit.map(GrassrootsUnit::getName)
                .orElseGet(() -> task.assignee() != null
                        ? "办理人 " + task.assignee()
                        : "候选组 " + String.join("、", task.candidateGroups()));
        List<String> lines = List.of(
                who + "未在 " + WHEN.format(due) + " 前完成任务“" + task.name() + "”。",
                closed ? "任务已按规则到期关闭，请知悉并督促推进。" : "任务仍未办理，请督促推进或在任务列表中转交他人办理。");
        Collection<String> to = unit.isPresent()
                ? recipients.membersOf(List.of(unit.get().getChannel().officeGroup()))
                : notices.admins();
        notices.toUsers(to, message(NoticeKind.ESCALATION, "逾期未办：" + task.name(), lines, task, "overdue:" + task.id()));
    }

    private NoticeMessage message(NoticeKind kind, String subject, List<String> lines, TaskView task, String cause) {
        return new NoticeMessage(kind, subject, lines, links.task(task.id()), "打开任务", null, task.id(), cause);
    }

    private Optional<LocalDateTime> due(TaskView task) {
        return Optional.ofNullable(task.dueDate()).map(TaskDeadlines::local);
    }

    /** The assignee, or while unclaimed the candidate users and the candidate groups' members. */
    private Collection<String> holders(TaskView task) {
        if (task.assignee() != null) {
            return List.of(task.assignee());
        }
        Set<String> users = new LinkedHashSet<>(task.candidateUsers());
        users.addAll(recipients.membersOf(task.candidateGroups()));
        return users;
    }
}
