package cn.edu.jsnu.yihuiyipin.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable declared once, with its name and type, and read and written only through here:
 * the engine hands back whatever was stored (a REST client sends 42 as Integer where the process
 * wrote a Long), so reading converts, and a missing required value fails with the variable's name.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    /** A database id: Long, whichever number type arrived. */
    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, value -> number(name, value).longValue(), value -> value);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, value -> number(name, value).intValue(), value -> value);
    }

    /** A score shown by a form; the record keeps the exact decimal. */
    public static ProcessVariable<Double> score(String name) {
        return new ProcessVariable<>(name, value -> number(name, value).doubleValue(), value -> value);
    }

    /** Yuan, written as text with two decimals ("12000.00"): money never travels as a double. */
    public static ProcessVariable<BigDecimal> money(String name) {
        return new ProcessVariable<>(
                name,
                value -> new BigDecimal(number(name, value).toString()),
                value -> value.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, String::valueOf, value -> value);
    }

    /** Tasklist's checkbox sends Boolean; REST clients sometimes "true". */
    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, value -> Boolean.TRUE.equals(value) || "true".equals(value), value -> value);
    }

    /** A date a timer or a form reads ({@code ${reviewDueDate}}). */
    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(
                name,
                value -> {
                    if (value instanceof Date date) {
                        return date;
                    }
                    throw new IllegalStateException("流程变量 " + name + " 不是日期：" + value);
                },
                value -> value);
    }

    /**
     * User ids or codes a multi-instance iterates: stored as a JSON list, since Java serialization is
     * off and a JSON object variable is what the engine reads back as a collection.
     */
    public static ProcessVariable<List<String>> names(String name) {
        return new ProcessVariable<>(
                name,
                value -> {
                    if (value instanceof Collection<?> collection) {
                        return collection.stream().map(String::valueOf).toList();
                    }
                    throw new IllegalStateException("流程变量 " + name + " 不是列表：" + value);
                },
                value -> Variables.objectValue(new ArrayList<>(value))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
    }

    /** JSON kept as text for a form to read (e.g. the options of a select). */
    public static ProcessVariable<Object> json(String name) {
        return new ProcessVariable<>(
                name,
                value -> value,
                value -> Variables.objectValue(value)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
    }

    private static Number number(String name, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                // falls through to the message naming the variable
            }
        }
        throw new IllegalStateException("流程变量 " + name + " 不是数字：" + value);
    }

    public String name() {
        return name;
    }

    /** The value, which must be there. */
    public T get(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("流程变量 " + name + " 缺失"));
    }

    public Optional<T> find(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** From a map of variables, e.g. what a form submitted or what a test reads back. */
    public Optional<T> find(Map<String, ?> variables) {
        return convert(variables.get(name));
    }

    /**
     * What was stored, unconverted: for the one place that parses a user's input and says in Chinese
     * what is wrong with it ({@code system.FormValues}).
     */
    public Object raw(VariableScope scope) {
        return scope.getVariable(name);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : writer.apply(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value == null ? null : writer.apply(value));
    }

    /** Empties the value, so a form opened again starts blank. */
    public void clear(VariableScope scope) {
        scope.setVariable(name, null);
    }

    public void clearLocal(VariableScope scope) {
        scope.setVariableLocal(name, null);
    }

    private Optional<T> convert(Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(reader.apply(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
