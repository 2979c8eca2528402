package cn.edu.jsnu.yihuiyipin.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's {@link Clock}: the system clock unless someone stops it at a moment, and then the
 * engine's clock ({@link ClockUtil}: timer due dates, which jobs are due, task dates) stops at the same
 * moment, so a delegate's "now" and the engine's "now" never differ. Nothing in production sets it; the
 * demo plays last year's round with it (demo/DemoStory) and the tests move it (support/MutableClock).
 */
public class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stops both clocks at {@code localDateTime} (in this clock's zone) until the next call or {@link #reset()}. */
    public void setTo(LocalDateTime localDateTime) {
        Instant moment = localDateTime.atZone(zone).toInstant();
        fixed = moment;
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Both clocks run with the system's again. */
    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    public boolean isSet() {
        return fixed != null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment != null ? moment : Instant.now();
    }
}
