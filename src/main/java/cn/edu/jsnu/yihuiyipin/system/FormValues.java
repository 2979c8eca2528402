package cn.edu.jsnu.yihuiyipin.system;

import java.math.BigDecimal;

/**
 * Reads what Tasklist submits: Camunda Forms send numbers as Integer, Long or Double, booleans as
 * Boolean, and leave untouched fields null or empty.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** Whole numbers only: 12.0 is 12, 12.5 is not a whole number and gives null. */
    public static Integer wholeNumber(Object value) {
        BigDecimal decimal = decimal(value);
        if (decimal == null) {
            return null;
        }
        try {
            return decimal.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
