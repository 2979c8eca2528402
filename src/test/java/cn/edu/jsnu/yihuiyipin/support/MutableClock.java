package cn.edu.jsnu.yihuiyipin.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in tests: the system clock unless a test sets a moment (and resets it after).
 * The engine's clock ({@link ClockUtil}: timer due dates, which jobs are due, task dates) moves with it,
 * so a delegate's "now" and the engine's "now" are always the same moment.
 */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    /** Stops both clocks at {@code localDateTime} (in the application's zone) until the next call or {@link #reset()}. */
    public void setTo(LocalDateTime localDateTime) {
        Instant moment = localDateTime.atZone(ZoneId.systemDefault()).toInstant();
        fixed = moment;
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
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
