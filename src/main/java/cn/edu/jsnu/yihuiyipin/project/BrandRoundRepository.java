package cn.edu.jsnu.yihuiyipin.project;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface BrandRoundRepository extends JpaRepository<BrandRound, Long> {

    Optional<BrandRound> findByYear(int year);

    boolean existsByYear(int year);

    /**
     * The round, locked until the caller's transaction ends: two offices changing their lists at the
     * same moment then check the round's funding total one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<BrandRound> findLockedById(Long id);
}
