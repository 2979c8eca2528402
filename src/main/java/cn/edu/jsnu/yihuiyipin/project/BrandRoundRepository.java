package cn.edu.jsnu.yihuiyipin.project;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BrandRoundRepository extends JpaRepository<BrandRound, Long> {

    // JPQL rather than a derived query: Hibernate 6.6 caches the plan of a JPQL string but translates a
    // derived (criteria) query again on every call, and this one runs on every task event (docs/benchmark.md)
    @Query("select r from BrandRound r where r.year = :year")
    Optional<BrandRound> findByYear(@Param("year") int year);

    boolean existsByYear(int year);

    /**
     * The round, locked until the caller's transaction ends: two offices changing their lists at the
     * same moment then check the round's funding total one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<BrandRound> findLockedById(Long id);
}
