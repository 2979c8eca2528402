package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a task's submitted form fields into checked values: unlike {@code system.FormValues}, a bad
 * value is an {@link InvalidTaskInputException} naming the field, whose Chinese message Tasklist shows.
 */
public final class FormInput {

    private FormInput() {
    }

    /** Trimmed text, or null when empty. */
    public static String text(VariableScope scope, String name) {
        return FormValues.text(scope.getVariable(name));
    }

    public static String requiredText(VariableScope scope, String name, String label) {
        String text = text(scope, name);
        if (text == null) {
            throw new InvalidTaskInputException("请填写“" + label + "”。");
        }
        return text;
    }

    /** A whole number in {@code min..max}, or null when empty. */
    public static Integer integer(VariableScope scope, String name, String label, int min, int max) {
        Object value = scope.getVariable(name);
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
    public static BigDecimal money(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
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
