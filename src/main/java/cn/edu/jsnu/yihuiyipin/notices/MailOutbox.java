package cn.edu.jsnu.yihuiyipin.notices;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox ({@code notice_mail}) after the steps that wrote it have committed: right after each
 * such commit on a thread of its own, and every few seconds for what is due again (retries) or was
 * written on another node. Each mail is claimed in the database before it is sent, so two nodes never
 * send it both; a failed send is tried again after the configured back-off, then marked FAILED for the
 * admins' list, where it can be sent again. An address the server or JavaMail refuses is FAILED at once.
 * Without {@code spring.mail.host} ({@code MAIL_HOST}) mail is off: no mail is written or sent.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final NoticeMailRepository mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final ObjectProvider<Notices> notices;
    private final NoticeProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private final String node = nodeName();
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-mail");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    MailOutbox(
            NoticeMailRepository mails,
            ObjectProvider<JavaMailSender> sender,
            ObjectProvider<Notices> notices,
            Optional<MailProperties> mailProperties,
            NoticeProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.notices = notices;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.enabled = mailProperties
                        .map(MailProperties::getHost)
                        .filter(host -> !host.isBlank())
                        .isPresent()
                && sender.getIfAvailable() != null;
        log.info(enabled ? "Notices: mail on" : "Notices: mail off (no MAIL_HOST), in-app notices only");
    }

    /** Whether mail is configured; without it notices stay in the list. */
    public boolean enabled() {
        return enabled;
    }

    /** Called with a mail written: once the caller's transaction commits, the outbox runs. */
    void sendAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            kick();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kick();
            }
        });
    }

    private void kick() {
        if (kicked.compareAndSet(false, true)) {
            afterCommit.execute(() -> {
                kicked.set(false);
                runQuietly();
            });
        }
    }

    @Scheduled(fixedDelayString = "${yihui.notices.poll-interval:PT5S}")
    void poll() {
        runQuietly();
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            // the next poll tries again; a broken outbox must never stop the application
            log.warn("Notice outbox: {}", e.toString());
        }
    }

    /** Composes the digests that fell due and sends every due mail; returns how many were sent. */
    public synchronized int run() {
        // without mail there is no digest to write; and a node without mail must not take the digests of
        // the nodes that have it (on one database, the claimed notices would never be mailed)
        if (!enabled) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDateTime lastDigest = now.toLocalDate().atTime(properties.digestTime());
        if (lastDigest.isAfter(now)) {
            lastDigest = lastDigest.minusDays(1);
        }
        LocalDateTime digestBefore = lastDigest;
        transactions.executeWithoutResult(status -> notices.getObject().composeDigests(digestBefore));
        int sent = 0;
        List<Long> due = mails.findDue(now, PageRequest.of(0, BATCH));
        for (Long id : due) {
            if (sendOne(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(Long id, LocalDateTime now) {
        Integer claimed = transactions.execute(status -> mails.claim(id, node, now, now.plus(properties.claimFor())));
        if (claimed == null || claimed == 0) {
            return false;
        }
        NoticeMail mail = mails.findById(id).orElseThrow();
        try {
            send(mail);
            transactions.executeWithoutResult(status -> {
                NoticeMail fresh = mails.findById(id).orElseThrow();
                fresh.sent(LocalDateTime.now(clock).withNano(0));
                mails.save(fresh);
            });
            return true;
        } catch (MailException | MessagingException e) {
            boolean refused = refusedAddress(e);
            transactions.executeWithoutResult(status -> {
                NoticeMail fresh = mails.findById(id).orElseThrow();
                int attempt = fresh.getAttempts();
                LocalDateTime next =
                        refused || attempt >= properties.retryBackoff().size()
                                ? null
                                : LocalDateTime.now(clock)
                                        .withNano(0)
                                        .plus(properties.retryBackoff().get(attempt));
                fresh.failed((refused ? "地址无效：" : "发送失败：") + describe(e), next);
                mails.save(fresh);
            });
            log.warn(
                    "Notice mail {} to {} not sent ({}): {}",
                    id,
                    mail.getAddress(),
                    refused ? "refused" : "will retry",
                    describe(e));
            return false;
        }
    }

    private void send(NoticeMail mail) throws MessagingException {
        JavaMailSender mailSender = sender.getObject();
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(properties.from(), true));
        helper.setTo(new InternetAddress(mail.getAddress(), true));
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getTextBody(), mail.getHtmlBody());
        mailSender.send(message);
    }

    /** An address JavaMail cannot parse or the server refuses (550 …): retrying would not help. */
    static boolean refusedAddress(Exception e) {
        if (e instanceof AddressException || e instanceof MailParseException) {
            return true;
        }
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(MailOutbox::refusedAddressCause)
                    || refusedAddressCause(send.getCause());
        }
        return refusedAddressCause(e.getCause());
    }

    private static boolean refusedAddressCause(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof AddressException
                    || (t instanceof SendFailedException failed
                            && failed.getInvalidAddresses() != null
                            && failed.getInvalidAddresses().length > 0)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID();
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }
}
