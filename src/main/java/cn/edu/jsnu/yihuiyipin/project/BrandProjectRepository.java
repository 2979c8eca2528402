package cn.edu.jsnu.yihuiyipin.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandProjectRepository extends JpaRepository<BrandProject, Long> {

    Optional<BrandProject> findByRoundIdAndUnitId(Long roundId, Long unitId);

    List<BrandProject> findByRoundIdOrderById(Long roundId);

    List<BrandProject> findByRoundIdAndStatusInOrderById(Long roundId, Collection<ProjectStatus> statuses);

    Optional<BrandProject> findFirstByUnitIdAndStatusInAndRoundYearLessThanOrderByRoundYearDesc(
            Long unitId, Collection<ProjectStatus> statuses, int year);
}
