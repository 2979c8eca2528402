package cn.edu.jsnu.yihuiyipin.notices;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records notices: for each recipient an in-app row and, when mail is on and the person has an e-mail
 * address, a pending mail, both in the caller's transaction (the step that causes the notice). Nothing
 * is sent here: {@link MailOutbox} sends after commit, so a mail server never slows or rolls back a step.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final NoticeRepository notices;
    private final NoticeMailRepository mails;
    private final NoticeRecipients recipients;
    private final MailOutbox outbox;
    private final TaskService tasks;
    private final Clock clock;
    private final MailTemplates templates = new MailTemplates();

    Notices(
            NoticeRepository notices,
            NoticeMailRepository mails,
            NoticeRecipients recipients,
            MailOutbox outbox,
            TaskService tasks,
            Clock clock) {
        this.notices = notices;
        this.mails = mails;
        this.recipients = recipients;
        this.outbox = outbox;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Sends {@code message} to each user once (a cause already noticed to a user is skipped). */
    public void toUsers(Collection<String> userIds, NoticeMessage message) {
        for (String userId : userIds) {
            record(userId, message, false);
        }
    }

    /** Sends {@code message} to every member of the groups. */
    public void toGroups(Collection<String> groups, NoticeMessage message) {
        toUsers(recipients.membersOf(groups), message);
    }

    /**
     * A new task: experts and office staff find it in the list at once and by mail in the next daily
     * digest; everybody else gets the mail now.
     */
    public void newTask(Collection<String> userIds, NoticeMessage message) {
        for (String userId : userIds) {
            record(userId, message, recipients.digestsNewTasks(userId));
        }
    }

    public Collection<String> admins() {
        return recipients.membersOf(List.of(NoticeRecipients.ADMINS));
    }

    private void record(String userId, NoticeMessage message, boolean inDigest) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Notice notice = new Notice(message, userId, inDigest, now);
        if (notices.existsByDedupeKey(notice.getDedupeKey())) {
            return;
        }
        notices.save(notice);
        if (inDigest || !outbox.enabled()) {
            return;
        }
        Optional<User> user = recipients.user(userId);
        Optional<String> address = user.map(User::getEmail).map(String::strip).filter(a -> !a.isEmpty());
        if (address.isEmpty()) {
            log.debug("{} has no e-mail address: notice '{}' in the list only", userId, message.subject());
            return;
        }
        mails.save(new NoticeMail(
                userId, address.get(), templates.notice(NoticeRecipients.displayName(user, userId), message), now));
        outbox.sendAfterCommit();
    }

    /**
     * Digest mails for the new tasks noticed before {@code before}, one per person (run by MailOutbox);
     * a task done or closed meanwhile is left out, and nobody gets an empty digest.
     */
    int composeDigests(LocalDateTime before) {
        var due = notices.findByInDigestTrueAndDigestedAtIsNullAndCreatedAtBeforeOrderByRecipientAscIdAsc(before);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        var byRecipient = new LinkedHashMap<String, List<Notice>>();
        due.forEach(n -> byRecipient
                .computeIfAbsent(n.getRecipient(), r -> new ArrayList<>())
                .add(n));
        int composed = 0;
        for (var entry : byRecipient.entrySet()) {
            var ids = entry.getValue().stream().map(Notice::getId).toList();
            if (notices.markDigested(ids, now) != ids.size()) {
                throw new IllegalStateException("digest of " + entry.getKey() + " taken by another node");
            }
            List<Notice> open = entry.getValue().stream()
                    .filter(n -> n.getTaskId() == null
                            || tasks.createTaskQuery().taskId(n.getTaskId()).count() > 0)
                    .toList();
            if (open.isEmpty()) {
                continue;
            }
            Optional<User> user = recipients.user(entry.getKey());
            Optional<String> address =
                    user.map(User::getEmail).map(String::strip).filter(a -> !a.isEmpty());
            if (address.isPresent()) {
                mails.save(new NoticeMail(
                        entry.getKey(),
                        address.get(),
                        templates.digest(NoticeRecipients.displayName(user, entry.getKey()), open),
                        now));
                composed++;
            }
        }
        return composed;
    }
}
