package cn.edu.jsnu.yihuiyipin.notices;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app notices: newest first, read or unread; only the person's own can be marked read. */
@Service
public class NoticeList {

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeList(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notice> of(String userId) {
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(userId);
    }

    @Transactional(readOnly = true)
    public long unread(String userId) {
        return notices.countByRecipientAndReadAtIsNull(userId);
    }

    /** The person's own notice; empty for anybody else's. */
    @Transactional(readOnly = true)
    public Optional<Notice> own(String userId, long noticeId) {
        return notices.findById(noticeId).filter(n -> n.getRecipient().equals(userId));
    }

    /** Marks the person's notice read; false if it is nobody's or someone else's (the page answers 404). */
    @Transactional
    public boolean markRead(String userId, long noticeId) {
        return notices.findById(noticeId)
                .filter(n -> n.getRecipient().equals(userId))
                .map(n -> {
                    n.markRead(LocalDateTime.now(clock).withNano(0));
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public int markAllRead(String userId) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        List<Notice> unread = notices.findByRecipientOrderByCreatedAtDescIdDesc(userId).stream()
                .filter(n -> !n.isRead())
                .toList();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
