package cn.edu.jsnu.yihuiyipin.system;

import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one place that reads what a form submitted. Camunda Forms send numbers as Integer, Long or
 * Double, booleans as Boolean, dates as text, and leave untouched fields null or empty. The lenient
 * readers give null for what they cannot read; the checked ones refuse it with an
 * {@link InvalidTaskInputException} naming the field, whose Chinese sentence the user sees.
 */
public final class FormValues {

    private FormValues() {}

    /** Trimmed text, or null when empty. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public static String text(VariableScope scope, ProcessVariable<?> variable) {
        return text(variable.raw(scope));
    }

    public static String requiredText(VariableScope scope, ProcessVariable<?> variable, String label) {
        String text = text(scope, variable);
        if (text == null) {
            throw new InvalidTaskInputException("请填写“" + label + "”。");
        }
        return text;
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

    /** A whole number in {@code min..max}, or null when empty. */
    public static Integer integer(Object value, String label, int min, int max) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidTaskInputException("“" + label + "”应为整数，收到：" + value);
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw new InvalidTaskInputException("“" + label + "”应为整数，收到：" + value);
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidTaskInputException("“" + label + "”应在 " + min + "–" + max + " 之间，收到：" + value);
        }
        return number.intValueExact();
    }

    /**
     * An amount of yuan, at most two decimals and not negative, or null when empty. Read from the
     * value's decimal text, so a form's 1234.5 is exactly 1234.50.
     */
    public static BigDecimal money(VariableScope scope, ProcessVariable<?> variable, String label) {
        Object value = variable.raw(scope);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.toString().trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidTaskInputException("“" + label + "”应为金额（元），收到：" + value);
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidTaskInputException("“" + label + "”应为不小于 0、至多两位小数的金额（元），收到：" + value);
        }
        return amount.setScale(2);
    }

    /** Yuan as the text forms show, e.g. 12000.00; empty for no amount. */
    public static String moneyText(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2).toPlainString();
    }
}
