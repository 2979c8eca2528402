package cn.edu.jsnu.yihuiyipin.system;

import cn.edu.jsnu.yihuiyipin.system.DeployedForms.Field;
import cn.edu.jsnu.yihuiyipin.system.DeployedForms.Form;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Checks submitted values against what the form declares: required (unless hidden by a condition),
 * min and max, whole numbers or decimals, min and max length, pattern, the choices of a select or
 * radio, checkbox and date types; and that no text exceeds the 4,000 characters a Camunda variable
 * holds. Readonly fields only show a value, so only their length is checked. The server trusts none of
 * the browser's validation: a forged REST call meets the same rules as Tasklist, with the field's label
 * in the Chinese sentence.
 *
 * <p>Lengths count UTF-16 code units, as the browser's maxLength does: a character outside the Basic
 * Multilingual Plane (𠮷, 😀) counts twice, so what fits the form fits the column. Such characters are
 * legal content (the application's tables and, on MySQL, Camunda's are utf8mb4); a field that must not
 * hold them says so with its pattern (phone numbers, amounts).
 */
@Component
public class FormInputCheck {

    private static final int SHOWN_VALUE_LENGTH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeployedForms forms;
    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

    FormInputCheck(DeployedForms forms) {
        this.forms = forms;
    }

    /** Refuses {@code values} with every problem in one sentence; a form that is not deployed checks nothing but lengths. */
    public void check(String formId, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        forms.form(formId).ifPresent(form -> problems.addAll(problems(form, values)));
        problems.addAll(overlongVariables(values, forms.form(formId).orElse(null)));
        if (!problems.isEmpty()) {
            throw new InvalidTaskInputException(String.join("；", problems) + "。");
        }
    }

    List<String> problems(Form form, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        for (Field field : form.fields()) {
            String problem = problem(field, values.get(field.key()), values);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** Text no variable can hold, in fields the form does not declare (a field's own check names its label). */
    private static List<String> overlongVariables(Map<String, Object> values, Form form) {
        Set<String> declared =
                form == null ? Set.of() : form.fields().stream().map(Field::key).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String key = entry.getKey();
            // a task's serialised objects are not deserialised for this: none of them is text
            if (declared.contains(key) || (values instanceof TaskInputValues task && !task.mayBeText(key))) {
                continue;
            }
            if (entry.getValue() instanceof String text && text.length() > ProcessText.MAX_VARIABLE_LENGTH) {
                problems.add(
                        "提交的“" + key + "”有 " + text.length() + " 字，超过了可保存的 " + ProcessText.MAX_VARIABLE_LENGTH + " 字");
            }
        }
        return problems;
    }

    private String problem(Field field, Object value, Map<String, Object> values) {
        String label = "“" + field.label() + "”";
        if (isEmpty(value)) {
            if (field.required() && !field.readonly() && !maybeHidden(field, values)) {
                String ask = field.isText() || field.type().equals("number")
                        ? "请填写"
                        : field.type().equals("checkbox") ? "请勾选" : "请选择";
                return ask + label;
            }
            return null;
        }
        if (field.readonly()) {
            return value instanceof String text ? length(label, text, null, field.maxLength()) : null;
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> text(field, label, value);
            case "number" -> number(field, label, value);
            case "checkbox" ->
                value instanceof Boolean || "true".equals(value) || "false".equals(value)
                        ? null
                        : label + "只能勾选或不勾选，收到：" + shown(value);
            case "select", "radio" -> choice(field, label, value, values);
            case "datetime" -> date(label, value);
            case "checklist", "taglist" -> value instanceof Collection<?> ? null : label + "应为一组选项，收到：" + shown(value);
            default -> null;
        };
    }

    private static String text(Field field, String label, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            return label + "应为文字";
        }
        String text = value.toString();
        String tooLong = length(label, text, field.minLength(), field.maxLength());
        if (tooLong != null) {
            return tooLong;
        }
        if (field.pattern() != null
                && !Pattern.compile(field.pattern()).matcher(text).find()) {
            return label + "格式不正确，收到：" + shown(text);
        }
        return null;
    }

    private static String length(String label, String text, Integer minLength, Integer maxLength) {
        int max = maxLength == null
                ? ProcessText.MAX_VARIABLE_LENGTH
                : Math.min(maxLength, ProcessText.MAX_VARIABLE_LENGTH);
        if (text.length() > max) {
            return label + "不能超过 " + max + " 字（现有 " + text.length() + " 字）";
        }
        if (minLength != null && text.trim().length() < minLength) {
            return label + "至少 " + minLength + " 字";
        }
        return null;
    }

    private static String number(Field field, String label, Object value) {
        BigDecimal number;
        try {
            number = value instanceof Number || value instanceof String
                    ? new BigDecimal(value.toString().trim())
                    : null;
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            return label + "应为数字，收到：" + shown(value);
        }
        Integer digits = field.decimalDigits();
        if (digits != null && Math.max(number.stripTrailingZeros().scale(), 0) > digits) {
            return digits == 0
                    ? label + "应为整数，收到：" + shown(value)
                    : label + "最多保留 " + digits + " 位小数，收到：" + shown(value);
        }
        BigDecimal min = field.min();
        BigDecimal max = field.max();
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            if (min != null && max != null) {
                return label + "应在 " + min.toPlainString() + "–" + max.toPlainString() + " 之间，收到：" + shown(value);
            }
            return min != null
                    ? label + "不能小于 " + min.toPlainString() + "，收到：" + shown(value)
                    : label + "不能大于 " + max.toPlainString() + "，收到：" + shown(value);
        }
        return null;
    }

    private static String choice(Field field, String label, Object value, Map<String, Object> values) {
        Set<String> allowed = field.values();
        if (allowed.isEmpty() && field.valuesKey() != null) {
            allowed = optionValues(values.get(field.valuesKey()));
        }
        if (!(value instanceof String || value instanceof Number)) {
            return label + "应为其中一个选项，收到：" + shown(value);
        }
        if (allowed != null && !allowed.isEmpty() && !allowed.contains(value.toString())) {
            return label + "没有“" + shown(value) + "”这一选项";
        }
        return null;
    }

    /** The values of a select's options held in a variable (a JSON list of {label, value}); null when unreadable. */
    private static Set<String> optionValues(Object options) {
        Object list = options;
        if (options != null && !(options instanceof Collection<?>)) {
            try {
                list = JSON.readValue(options.toString(), List.class);
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        if (!(list instanceof Collection<?> collection)) {
            return null;
        }
        return collection.stream()
                .filter(Map.class::isInstance)
                .map(option -> String.valueOf(((Map<?, ?>) option).get("value")))
                .collect(Collectors.toSet());
    }

    private static String date(String label, Object value) {
        if (value instanceof Date) {
            return null;
        }
        String text = value.toString().trim();
        try {
            LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            return null;
        } catch (DateTimeParseException e) {
            return label + "应为日期（如 2027-03-31），收到：" + shown(value);
        }
    }

    /**
     * Whether a condition may hide the field (then it is not required: the browser does not submit
     * hidden fields). A condition this check cannot evaluate counts as hiding: the listeners that read
     * the field still require what they need.
     */
    private boolean maybeHidden(Field field, Map<String, Object> values) {
        for (String condition : field.hideConditions()) {
            String expression = condition.startsWith("=") ? condition.substring(1) : condition;
            try {
                Object hidden = feel.evaluateSimpleExpression(expression, context(values));
                if (!Boolean.FALSE.equals(hidden)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values as FEEL reads them: a submitted start form as it is; a task's values each turned into a
     * variable only when the expression names it (copying them all would deserialise every object).
     */
    private static VariableContext context(Map<String, Object> values) {
        if (values instanceof VariableMap submitted) {
            return submitted.asVariableContext();
        }
        return new VariableContext() {
            @Override
            public TypedValue resolve(String variableName) {
                return values.containsKey(variableName) ? Variables.untypedValue(values.get(variableName)) : null;
            }

            @Override
            public boolean containsVariable(String variableName) {
                return values.containsKey(variableName);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> collection && collection.isEmpty());
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.codePointCount(0, text.length()) > SHOWN_VALUE_LENGTH
                ? text.substring(0, text.offsetByCodePoints(0, SHOWN_VALUE_LENGTH)) + "…"
                : text;
    }
}
