package cn.edu.jsnu.yihuiyipin.cultivation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByProjectIdOrderByPeriodNoAscIdAsc(Long projectId);

    Optional<ProgressReport> findByTaskId(String taskId);
}
