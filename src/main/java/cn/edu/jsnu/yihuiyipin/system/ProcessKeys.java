package cn.edu.jsnu.yihuiyipin.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The business keys the processes use: {@code 2027} for a round, {@code 2027/wxy-gh} for a unit's instance. */
public record ProcessKeys(int year, String unitCode) {

    private static final Pattern KEY = Pattern.compile("^(\\d{4})(?:/([A-Za-z0-9_-]+))?$");

    public static Optional<ProcessKeys> parse(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(businessKey);
        return matcher.matches()
                ? Optional.of(new ProcessKeys(Integer.parseInt(matcher.group(1)), matcher.group(2)))
                : Optional.empty();
    }
}
