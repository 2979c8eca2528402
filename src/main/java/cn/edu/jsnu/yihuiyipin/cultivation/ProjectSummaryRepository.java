package cn.edu.jsnu.yihuiyipin.cultivation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectSummaryRepository extends JpaRepository<ProjectSummary, Long> {

    Optional<ProjectSummary> findByProjectId(Long projectId);
}
