package cn.edu.jsnu.yihuiyipin.unitadmin;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitChangeRepository extends JpaRepository<UnitChange, Long> {

    List<UnitChange> findByUnitIdOrderByChangedAtDescIdDesc(Long unitId);

    List<UnitChange> findAllByOrderByChangedAtDescIdDesc(Pageable page);
}
