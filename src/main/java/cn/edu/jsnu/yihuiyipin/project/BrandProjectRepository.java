package cn.edu.jsnu.yihuiyipin.project;

import jakarta.persistence.QueryHint;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface BrandProjectRepository extends JpaRepository<BrandProject, Long> {

    // JPQL rather than a derived query: Hibernate 6.6 caches the plan of a JPQL string but translates a
    // derived (criteria) query again on every call, and this one runs on every task event (docs/benchmark.md)
    @Query("select p from BrandProject p where p.round.id = :roundId and p.unit.id = :unitId")
    Optional<BrandProject> findByRoundIdAndUnitId(@Param("roundId") Long roundId, @Param("unitId") Long unitId);

    /**
     * The project with its round and unit, for a reader that may run outside the step's persistence context.
     * No auto-flush before it: the query selects by id, and a project already in the persistence context
     * comes back as that instance, unflushed changes included, so a flush would change nothing it returns.
     * Hibernate's auto-flush dirty-checks every entity of the context, and result notices ask this once per
     * project after a job has loaded all of them: quadratic (docs/benchmark.md, finding 8).
     */
    @Query("select p from BrandProject p join fetch p.round join fetch p.unit where p.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
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

    /**
     * The unit's brands (ProjectRecords.BRAND_STATUSES) of years before {@code year}, the latest first.
     * The statuses are written out: a derived query, or a list parameter, makes Hibernate 6.6 translate
     * the query again on every call, and this one runs twice in every 附件1 (docs/benchmark.md).
     */
    @Query("select p from BrandProject p where p.unit.id = :unitId and p.round.year < :year and p.status in ("
            + "cn.edu.jsnu.yihuiyipin.project.ProjectStatus.APPROVED,"
            + " cn.edu.jsnu.yihuiyipin.project.ProjectStatus.PUBLISHED,"
            + " cn.edu.jsnu.yihuiyipin.project.ProjectStatus.BUILDING,"
            + " cn.edu.jsnu.yihuiyipin.project.ProjectStatus.SUMMARY_SUBMITTED,"
            + " cn.edu.jsnu.yihuiyipin.project.ProjectStatus.PASSED,"
            + " cn.edu.jsnu.yihuiyipin.project.ProjectStatus.AWARDED)"
            + " order by p.round.year desc")
    List<BrandProject> brandsOfUnitBefore(@Param("unitId") Long unitId, @Param("year") int year);
}
