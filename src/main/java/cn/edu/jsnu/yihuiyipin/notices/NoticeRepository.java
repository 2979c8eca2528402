package cn.edu.jsnu.yihuiyipin.notices;

import jakarta.persistence.QueryHint;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    // JPQL rather than a derived query: Hibernate 6.6 caches the plan of a JPQL string but translates a
    // derived (criteria) query again on every call, and this one runs for every notice (docs/benchmark.md)
    // no auto-flush before it: a notice is inserted when it is saved (identity ids) and its key never
    // changes, so the table already holds every key of the transaction; a flush would only dirty-check
    // every entity of the context, once per notice (quadratic in a job, docs/benchmark.md finding 8)
    @Query("select count(n) > 0 from Notice n where n.dedupeKey = :dedupeKey")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    boolean existsByDedupeKey(@Param("dedupeKey") String dedupeKey);

    List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    /** New-task notices whose mail waits for the digest, created before {@code before}. */
    List<Notice> findByInDigestTrueAndDigestedAtIsNullAndCreatedAtBeforeOrderByRecipientAscIdAsc(LocalDateTime before);

    /** Claims notices for one digest; a count below the ids' means another node took some first. */
    @Modifying
    @Query("update Notice n set n.digestedAt = :at where n.id in :ids and n.digestedAt is null")
    int markDigested(List<Long> ids, LocalDateTime at);
}
