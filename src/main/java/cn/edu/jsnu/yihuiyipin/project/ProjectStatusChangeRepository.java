package cn.edu.jsnu.yihuiyipin.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusChange;

public interface ProjectStatusChangeRepository extends JpaRepository<ProjectStatusChange, Long> {

    List<ProjectStatusChange> findByProjectIdOrderById(Long projectId);
}
