package cn.edu.jsnu.yihuiyipin.publication;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The two published lists of a round, each in one query (units fetched with the projects). */
interface PublicationQueries extends Repository<BrandProject, Long> {

    /**
     * The projects the school published as approved: those that went through 立项已公布, whatever
     * happened to them later (a project withdrawn during building was still on the published list).
     */
    @Query("select p from BrandProject p join fetch p.unit u where p.round.id = :roundId and exists ("
            + " select c.id from ProjectStatusChange c where c.projectId = p.id and c.status = :published)"
            + " order by p.channel, u.sortOrder, p.id")
    List<BrandProject> publishedApproved(@Param("roundId") Long roundId, @Param("published") ProjectStatus published);

    @Query("select p from BrandProject p join fetch p.unit u where p.round.id = :roundId and p.status = :awarded"
            + " order by p.awardTier, p.channel, u.sortOrder, p.id")
    List<BrandProject> awarded(@Param("roundId") Long roundId, @Param("awarded") ProjectStatus awarded);
}
