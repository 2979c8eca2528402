package cn.edu.jsnu.yihuiyipin.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GrassrootsUnitRepository extends JpaRepository<GrassrootsUnit, Long> {

    List<GrassrootsUnit> findByActiveTrueOrderBySortOrder();

    // JPQL rather than a derived query: Hibernate 6.6 caches the plan of a JPQL string but translates a
    // derived (criteria) query again on every call, and this one runs on every task event (docs/benchmark.md)
    @Query("select u from GrassrootsUnit u where u.code = :code")
    Optional<GrassrootsUnit> findByCode(@Param("code") String code);

    Optional<GrassrootsUnit> findByGroupId(String groupId);

    List<GrassrootsUnit> findAllByOrderByActiveDescSortOrderAscIdAsc();

    boolean existsByName(String name);

    @Query("select coalesce(max(u.sortOrder), 0) from GrassrootsUnit u")
    int maxSortOrder();
}
