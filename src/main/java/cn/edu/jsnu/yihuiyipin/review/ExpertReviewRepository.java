package cn.edu.jsnu.yihuiyipin.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExpertReviewRepository extends JpaRepository<ExpertReview, Long> {

    // JPQL rather than derived queries: Hibernate 6.6 caches the plan of a JPQL string but translates a
    // derived (criteria) query again on every call, and these run on every review (docs/benchmark.md)
    @Query("select r from ExpertReview r where r.projectId = :projectId and r.phase = :phase order by r.id")
    List<ExpertReview> findByProjectIdAndPhaseOrderById(
            @Param("projectId") Long projectId, @Param("phase") ReviewPhase phase);

    /** A retried or resubmitted review updates the expert's row instead of adding a second one. */
    @Query("select r from ExpertReview r where r.projectId = :projectId and r.phase = :phase"
            + " and r.expertId = :expertId")
    Optional<ExpertReview> findByProjectIdAndPhaseAndExpertId(
            @Param("projectId") Long projectId, @Param("phase") ReviewPhase phase, @Param("expertId") String expertId);
}
