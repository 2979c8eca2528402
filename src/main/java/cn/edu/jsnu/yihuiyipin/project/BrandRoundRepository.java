package cn.edu.jsnu.yihuiyipin.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandRoundRepository extends JpaRepository<BrandRound, Long> {

    Optional<BrandRound> findByYear(int year);

    boolean existsByYear(int year);
}
