package cn.edu.jsnu.yihuiyipin.roundexport;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** A round's projects of one channel for a list or the ZIP: one query, units fetched with them. */
interface RoundExportQueries extends Repository<BrandProject, Long> {

    @Query("select p from BrandProject p join fetch p.unit u where p.round.id = :roundId and p.channel = :channel"
            + " and p.status in :statuses order by u.sortOrder, p.id")
    List<BrandProject> inStatuses(
            @Param("roundId") Long roundId,
            @Param("channel") Channel channel,
            @Param("statuses") Collection<ProjectStatus> statuses);
}
