package cn.edu.jsnu.yihuiyipin.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GrassrootsUnitRepository extends JpaRepository<GrassrootsUnit, Long> {

    List<GrassrootsUnit> findByActiveTrueOrderBySortOrder();

    Optional<GrassrootsUnit> findByCode(String code);

    Optional<GrassrootsUnit> findByGroupId(String groupId);

    List<GrassrootsUnit> findAllByOrderByActiveDescSortOrderAscIdAsc();

    boolean existsByName(String name);

    @Query("select coalesce(max(u.sortOrder), 0) from GrassrootsUnit u")
    int maxSortOrder();
}
