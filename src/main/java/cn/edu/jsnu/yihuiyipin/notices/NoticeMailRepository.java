package cn.edu.jsnu.yihuiyipin.notices;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeMailRepository extends JpaRepository<NoticeMail, Long> {

    @Query("select m.id from NoticeMail m where m.status = 'PENDING' and m.nextAttemptAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id")
    List<Long> findDue(LocalDateTime now, Pageable page);

    /**
     * Claims one due mail for this node; 1 if it is this node's to send, 0 if another node claimed it
     * first (the update is atomic in the database, so two nodes never both get 1).
     */
    @Modifying
    @Query("update NoticeMail m set m.claimedBy = :node, m.claimedUntil = :until where m.id = :id"
            + " and m.status = 'PENDING' and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(Long id, String node, LocalDateTime now, LocalDateTime until);

    /** Mails due now, claimed or not: zero once the outbox has caught up. */
    long countByStatusAndNextAttemptAtLessThanEqual(NoticeMail.Status status, LocalDateTime now);

    List<NoticeMail> findByStatusOrderByIdDesc(NoticeMail.Status status);

    List<NoticeMail> findByRecipientOrderByIdAsc(String recipient);
}
