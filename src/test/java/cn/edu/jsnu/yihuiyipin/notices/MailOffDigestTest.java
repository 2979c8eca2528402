package cn.edu.jsnu.yihuiyipin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Without mail (no MAIL_HOST) the outbox leaves the digest notices alone: on a database shared with
 * nodes that do send mail, a node without mail that claimed them would make their digest vanish.
 */
@SpringBootTest
class MailOffDigestTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    NoticeRepository notices;

    @Autowired
    Clock clock;

    Notice waiting;

    @AfterEach
    void forget() {
        if (waiting != null) {
            notices.deleteById(waiting.getId());
        }
    }

    @Test
    void aNodeWithoutMailTakesNoDigest() {
        assertThat(outbox.enabled()).as("the test profile has no MAIL_HOST").isFalse();
        waiting = notices.save(new Notice(
                new NoticeMessage(NoticeKind.NEW_TASK, "新任务：专家评审", List.of("您有一项新任务。"), null, null, null, null, "md-1"),
                "md-expert",
                true,
                LocalDateTime.now(clock).minusDays(2).withNano(0)));

        assertThat(outbox.run()).isZero();

        assertThat(notices.findById(waiting.getId()))
                .hasValueSatisfying(n -> assertThat(n.getDigestedAt()).isNull());
    }
}
