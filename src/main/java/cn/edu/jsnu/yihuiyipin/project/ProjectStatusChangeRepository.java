package cn.edu.jsnu.yihuiyipin.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectStatusChangeRepository extends JpaRepository<ProjectStatusChange, Long> {

    List<ProjectStatusChange> findByProjectIdOrderById(Long projectId);
}
