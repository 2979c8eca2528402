package cn.edu.jsnu.yihuiyipin.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundStatusChangeRepository extends JpaRepository<RoundStatusChange, Long> {

    List<RoundStatusChange> findByRoundIdOrderById(Long roundId);
}
