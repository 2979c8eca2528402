package cn.edu.jsnu.yihuiyipin.project;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one place a round's status changes: the phase delegates of brand-round call it, and each step
 * lands in the round's history, in the caller's transaction.
 */
@Service
public class RoundStatusService {

    private final BrandRoundRepository rounds;
    private final RoundStatusChangeRepository history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoundStatusService(
            BrandRoundRepository rounds,
            RoundStatusChangeRepository history,
            Clock clock,
            ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.history = history;
        this.clock = clock;
        this.events = events;
    }

    /** Records where a newly opened round starts. */
    public BrandRound open(BrandRound round, String note) {
        BrandRound saved = rounds.save(round);
        history.save(new RoundStatusChange(saved.getId(), saved.getStatus(), LocalDateTime.now(clock), note));
        events.publishEvent(new RoundStatusChanged(saved.getId(), saved.getStatus(), note));
        return saved;
    }

    public BrandRound changeStatus(BrandRound round, RoundStatus status, String note) {
        round.setStatus(status);
        BrandRound saved = rounds.save(round);
        history.save(new RoundStatusChange(saved.getId(), status, LocalDateTime.now(clock), note));
        events.publishEvent(new RoundStatusChanged(saved.getId(), status, note));
        return saved;
    }

    public BrandRound changeStatus(long roundId, RoundStatus status, String note) {
        BrandRound round = rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("年度轮次不存在：" + roundId));
        return changeStatus(round, status, note);
    }
}
