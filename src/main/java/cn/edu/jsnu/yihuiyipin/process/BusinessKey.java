package cn.edu.jsnu.yihuiyipin.process;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business keys of the processes, built and read only here: {@code 2027} for a year's round,
 * {@code 2027/wxy-gh} for a unit's application and its project's cultivation.
 */
public record BusinessKey(int year, String unitCode) {

    private static final Pattern KEY = Pattern.compile("^(\\d{4})(?:/([A-Za-z0-9_-]+))?$");

    public static BusinessKey ofRound(int year) {
        return new BusinessKey(year, null);
    }

    public static BusinessKey ofUnit(int year, String unitCode) {
        return new BusinessKey(year, unitCode);
    }

    public static Optional<BusinessKey> parse(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(businessKey);
        return matcher.matches()
                ? Optional.of(new BusinessKey(Integer.parseInt(matcher.group(1)), matcher.group(2)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return unitCode == null ? String.valueOf(year) : year + "/" + unitCode;
    }
}
