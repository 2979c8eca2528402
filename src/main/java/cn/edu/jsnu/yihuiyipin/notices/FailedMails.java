package cn.edu.jsnu.yihuiyipin.notices;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mails the outbox gave up on (FAILED): listed for the admins, and sent again on request. */
@Service
public class FailedMails {

    private final NoticeMailRepository mails;
    private final MailOutbox outbox;
    private final Clock clock;

    FailedMails(NoticeMailRepository mails, MailOutbox outbox, Clock clock) {
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NoticeMail> list() {
        return mails.findByStatusOrderByIdDesc(NoticeMail.Status.FAILED);
    }

    /** Puts a failed mail back into the outbox, sent after this commits; false if there is no such failed mail. */
    @Transactional
    public boolean resend(long id) {
        return mails.findById(id)
                .filter(mail -> mail.getStatus() == NoticeMail.Status.FAILED)
                .map(mail -> {
                    mail.resend(LocalDateTime.now(clock).withNano(0));
                    outbox.sendAfterCommit();
                    return true;
                })
                .orElse(false);
    }
}
