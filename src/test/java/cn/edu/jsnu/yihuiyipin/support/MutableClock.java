package cn.edu.jsnu.yihuiyipin.support;

import cn.edu.jsnu.yihuiyipin.system.SettableClock;
import java.time.ZoneId;

/**
 * The application's clock in tests: the system clock unless a test sets a moment (and resets it after).
 * The engine's clock moves with it ({@link SettableClock}), so a delegate's "now" and the engine's "now"
 * are always the same moment.
 */
public class MutableClock extends SettableClock {

    public MutableClock() {
        super(ZoneId.systemDefault());
    }
}
