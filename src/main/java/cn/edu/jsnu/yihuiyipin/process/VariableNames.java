package cn.edu.jsnu.yihuiyipin.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/** The names of the {@link ProcessVariable}s a class declares, for checks that forms use no others. */
public final class VariableNames {

    private VariableNames() {}

    /** Names of the static {@code ProcessVariable} fields of the classes and their nested classes. */
    public static Set<String> declaredIn(Class<?>... classes) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                    try {
                        names.add(((ProcessVariable<?>) field.get(null)).name());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            names.addAll(declaredIn(type.getDeclaredClasses()));
        }
        return names;
    }

    /** Every variable of every process of the application. */
    public static Set<String> all() {
        return declaredIn(
                SharedVariables.class,
                BrandRoundProcess.class,
                BrandApplicationProcess.class,
                BrandCultivationProcess.class);
    }
}
