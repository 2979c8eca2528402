package cn.edu.jsnu.yihuiyipin.cultivation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidanceRecordRepository extends JpaRepository<GuidanceRecord, Long> {

    List<GuidanceRecord> findByProjectIdOrderById(Long projectId);

    Optional<GuidanceRecord> findByTaskId(String taskId);
}
