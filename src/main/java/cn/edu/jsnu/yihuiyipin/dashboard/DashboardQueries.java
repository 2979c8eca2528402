package cn.edu.jsnu.yihuiyipin.dashboard;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** One grouped query per chart, each limited to the channels the viewer oversees. */
interface DashboardQueries extends Repository<BrandProject, Long> {

    @Query("select distinct p.round.year from BrandProject p where p.channel in :channels order by p.round.year desc")
    List<Integer> years(@Param("channels") Collection<Channel> channels);

    /** [category, channel, count] of the year's applications. */
    @Query("select p.category, p.channel, count(p) from BrandProject p where p.round.year = :year"
            + " and p.channel in :channels and p.status in :applied group by p.category, p.channel")
    List<Object[]> applicationsByCategoryAndChannel(
            @Param("year") int year,
            @Param("channels") Collection<Channel> channels,
            @Param("applied") Collection<ProjectStatus> applied);

    /** [status, count] of the year's projects. */
    @Query("select p.status, count(p) from BrandProject p where p.round.year = :year and p.channel in :channels"
            + " group by p.status")
    List<Object[]> countByStatus(@Param("year") int year, @Param("channels") Collection<Channel> channels);

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

    /** [tier, count, award amount] of the year's ranked projects (passed and awarded). */
    @Query("select p.awardTier, count(p), sum(p.awardAmount) from BrandProject p where p.round.year = :year"
            + " and p.channel in :channels and p.awardTier is not null and p.status in :ranked group by p.awardTier")
    List<Object[]> awardTiers(
            @Param("year") int year,
            @Param("channels") Collection<Channel> channels,
            @Param("ranked") Collection<ProjectStatus> ranked);

    /** [year, status, count, approved funding] over all years, folded into a year-over-year table. */
    @Query("select p.round.year, p.status, count(p), sum(p.approvedFunding) from BrandProject p"
            + " where p.channel in :channels group by p.round.year, p.status")
    List<Object[]> byYearAndStatus(@Param("channels") Collection<Channel> channels);
}
