package cn.edu.jsnu.yihuiyipin.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrassrootsUnitRepository extends JpaRepository<GrassrootsUnit, Long> {

    List<GrassrootsUnit> findByActiveTrueOrderBySortOrder();

    Optional<GrassrootsUnit> findByCode(String code);

    Optional<GrassrootsUnit> findByGroupId(String groupId);
}
