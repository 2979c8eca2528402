package cn.edu.jsnu.yihuiyipin.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The application's clock in tests: the system clock unless a test sets a moment (and resets it after). */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void setTo(LocalDateTime localDateTime) {
        fixed = localDateTime.atZone(ZoneId.systemDefault()).toInstant();
    }

    public void reset() {
        fixed = null;
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
