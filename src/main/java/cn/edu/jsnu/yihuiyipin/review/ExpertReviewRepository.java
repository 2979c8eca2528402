package cn.edu.jsnu.yihuiyipin.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertReviewRepository extends JpaRepository<ExpertReview, Long> {

    List<ExpertReview> findByProjectIdAndPhaseOrderById(Long projectId, ReviewPhase phase);

    /** A retried or resubmitted review updates the expert's row instead of adding a second one. */
    Optional<ExpertReview> findByProjectIdAndPhaseAndExpertId(Long projectId, ReviewPhase phase, String expertId);
}
