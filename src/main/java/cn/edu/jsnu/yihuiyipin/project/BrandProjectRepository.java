package cn.edu.jsnu.yihuiyipin.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BrandProjectRepository extends JpaRepository<BrandProject, Long> {

    // JPQL rather than a derived query: Hibernate 6.6 caches the plan of a JPQL string but translates a
    // derived (criteria) query again on every call, and this one runs on every task event (docs/benchmark.md)
    @Query("select p from BrandProject p where p.round.id = :roundId and p.unit.id = :unitId")
    Optional<BrandProject> findByRoundIdAndUnitId(@Param("roundId") Long roundId, @Param("unitId") Long unitId);

    /** The project with its round and unit, for a reader that may run outside the step's persistence context. */
    @Query("select p from BrandProject p join fetch p.round join fetch p.unit where p.id = :id")
    Optional<BrandProject> findWithRoundAndUnit(@Param("id") Long id);

    List<BrandProject> findByRoundIdOrderById(Long roundId);

    List<BrandProject> findByRoundIdAndStatusInOrderById(Long roundId, Collection<ProjectStatus> statuses);

    /**
     * The approved funding of a round's projects in {@code status}, except one project: read from the
     * database (not from entities loaded earlier in the transaction), for the pool check.
     */
    @Query("select coalesce(sum(p.approvedFunding), 0) from BrandProject p"
            + " where p.round.id = :roundId and p.status = :status and p.id <> :exceptProjectId")
    BigDecimal sumApprovedFundingExcept(
            @Param("roundId") Long roundId,
            @Param("status") ProjectStatus status,
            @Param("exceptProjectId") Long exceptProjectId);

    Optional<BrandProject> findFirstByUnitIdAndStatusInAndRoundYearLessThanOrderByRoundYearDesc(
            Long unitId, Collection<ProjectStatus> statuses, int year);
}
