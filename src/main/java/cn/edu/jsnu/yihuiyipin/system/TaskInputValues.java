package cn.edu.jsnu.yihuiyipin.system;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The variables a completed task sees, as {@link FormInputCheck} reads them: a serialised object (JSON,
 * Java) is deserialised only when the check asks for it. The check reads the form's fields, the option
 * lists they name and, of the other variables, only texts; {@code getVariables()} deserialised every
 * object of the scope (the panel's lists, the review's rows) on every completed task.
 */
final class TaskInputValues extends AbstractMap<String, Object> {

    private final DelegateTask task;
    private final VariableMap typed;
    private final Map<String, Object> deserialised = new HashMap<>();

    TaskInputValues(DelegateTask task) {
        this.task = task;
        this.typed = task.getVariablesTyped(false);
    }

    @Override
    public boolean containsKey(Object key) {
        return typed.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name) || !typed.containsKey(name)) {
            return null;
        }
        TypedValue value = typed.getValueTyped(name);
        if (isSerialised(value)) {
            // the same lookup through the scopes as getVariables(), for this one variable
            if (!deserialised.containsKey(name)) {
                deserialised.put(name, task.getVariableTyped(name, true).getValue());
            }
            return deserialised.get(name);
        }
        return value.getValue();
    }

    /** Whether the variable's value may be a text, told without deserialising it. */
    boolean mayBeText(String name) {
        TypedValue value = typed.getValueTyped(name);
        if (!isSerialised(value)) {
            return true;
        }
        String typeName = value instanceof ObjectValue object ? object.getObjectTypeName() : null;
        return typeName == null || typeName.equals(String.class.getName());
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return typed.size();
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> names = typed.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        String name = names.next();
                        return new Entry<>() {
                            @Override
                            public String getKey() {
                                return name;
                            }

                            @Override
                            public Object getValue() {
                                return get(name);
                            }

                            @Override
                            public Object setValue(Object value) {
                                throw new UnsupportedOperationException();
                            }
                        };
                    }
                };
            }
        };
    }

    private static boolean isSerialised(TypedValue value) {
        return value instanceof SerializableValue serializable && !serializable.isDeserialized();
    }
}
