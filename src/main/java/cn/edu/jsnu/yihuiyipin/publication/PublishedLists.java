package cn.edu.jsnu.yihuiyipin.publication;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: what the campus may see of a round, and only once the school published it. The 立项名单 is
 * public from 发布立项名单 on (round status 立项公示 and later), the 表彰名单 from 发布表彰结果 (the round
 * is closed then). Before that both lists are absent, whatever the projects' state.
 */
@Service
public class PublishedLists {

    /** Round states in which the approved list has been published (PublishApprovedListDelegate). */
    static final Set<RoundStatus> APPROVED_LIST_PUBLIC = Set.of(
            RoundStatus.PUBLISHED,
            RoundStatus.CULTIVATION,
            RoundStatus.ACCEPTANCE,
            RoundStatus.AWARDING,
            RoundStatus.CLOSED);

    /** PublishAwardsDelegate closes the round in the same step that publishes the awards. */
    static final Set<RoundStatus> AWARDS_PUBLIC = Set.of(RoundStatus.CLOSED);

    /** One line of a public list: nothing but what the school publishes. */
    public record PublicEntry(
            String unit, String channel, String project, String category, BigDecimal funding, String awardTier) {}

    private final BrandRoundRepository rounds;
    private final PublicationQueries queries;

    PublishedLists(BrandRoundRepository rounds, PublicationQueries queries) {
        this.rounds = rounds;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Optional<List<PublicEntry>> approved(int year) {
        return publishedRound(year, APPROVED_LIST_PUBLIC)
                .map(round -> queries.publishedApproved(round.getId(), ProjectStatus.PUBLISHED).stream()
                        .map(project -> entry(project, null))
                        .toList());
    }

    @Transactional(readOnly = true)
    public Optional<List<PublicEntry>> awards(int year) {
        return publishedRound(year, AWARDS_PUBLIC)
                .map(round -> queries.awarded(round.getId(), ProjectStatus.AWARDED).stream()
                        .sorted(Comparator.comparing(PublishedLists::tierRank))
                        .map(project -> entry(
                                project,
                                AwardTier.parse(project.getAwardTier())
                                        .map(AwardTier::label)
                                        .orElse(project.getAwardTier())))
                        .toList());
    }

    private Optional<BrandRound> publishedRound(int year, Set<RoundStatus> publicStates) {
        return rounds.findByYear(year).filter(round -> publicStates.contains(round.getStatus()));
    }

    /** Best tier first: the tier's order, not the alphabet of its name. */
    private static int tierRank(BrandProject project) {
        return AwardTier.parse(project.getAwardTier()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static PublicEntry entry(BrandProject project, String awardTier) {
        return new PublicEntry(
                project.getUnit().getName(),
                project.getChannel().label(),
                project.getName(),
                project.getCategory() == null ? "" : project.getCategory().label(),
                project.getApprovedFunding(),
                awardTier);
    }
}
