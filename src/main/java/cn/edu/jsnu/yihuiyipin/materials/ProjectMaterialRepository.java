package cn.edu.jsnu.yihuiyipin.materials;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectMaterialRepository extends JpaRepository<ProjectMaterial, Long> {

    List<ProjectMaterial> findByProjectIdOrderByUploadedAtAscIdAsc(Long projectId);

    Optional<ProjectMaterial> findByIdAndProjectId(Long id, Long projectId);

    /** What a project's quota counts: the sizes of its materials that are not deleted. */
    @Query("select coalesce(sum(m.sizeBytes), 0) from ProjectMaterial m"
            + " where m.projectId = :projectId and m.deletedAt is null")
    long usedBytes(@Param("projectId") Long projectId);

    long countBySha256(String sha256);
}
