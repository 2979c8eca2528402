package cn.edu.jsnu.yihuiyipin.dashboard;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The dashboard's grouped queries, each limited to the channels the viewer oversees. */
interface DashboardQueries extends Repository<BrandProject, Long> {

    @Query("select distinct p.round.year from BrandProject p where p.channel in :channels order by p.round.year desc")
    List<Integer> years(@Param("channels") Collection<Channel> channels);

    /**
     * [year, status, channel, category, award tier, count, approved funding, award amount] over all years:
     * the funnel, the statuses, the applications, the award tiers and the year-over-year table are all
     * sums of these groups, so one pass over the projects serves them all.
     */
    @Query("select p.round.year, p.status, p.channel, p.category, p.awardTier, count(p), sum(p.approvedFunding),"
            + " sum(p.awardAmount) from BrandProject p where p.channel in :channels"
            + " group by p.round.year, p.status, p.channel, p.category, p.awardTier")
    List<Object[]> groups(@Param("channels") Collection<Channel> channels);

    /** [unit name, approved funding] of the year's approved projects, most money first. */
    @Query("select u.name, sum(p.approvedFunding) from BrandProject p join p.unit u where p.round.year = :year"
            + " and p.channel in :channels and p.status in :approved and p.approvedFunding is not null"
            + " group by u.id, u.name order by sum(p.approvedFunding) desc, u.name")
    List<Object[]> fundingByUnit(
            @Param("year") int year,
            @Param("channels") Collection<Channel> channels,
            @Param("approved") Collection<ProjectStatus> approved);

    /** [review score, acceptance score] of the year's scored projects. */
    @Query("select p.reviewScore, p.acceptanceScore from BrandProject p where p.round.year = :year"
            + " and p.channel in :channels and (p.reviewScore is not null or p.acceptanceScore is not null)")
    List<Object[]> scores(@Param("year") int year, @Param("channels") Collection<Channel> channels);
}
