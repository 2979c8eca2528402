package cn.edu.jsnu.yihuiyipin.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each step the driver took, by kind: how long it took (one transaction each) and its SQL statements. */
final class StepTimes {

    /** One kind of step: a human step (附件1, 专家评审 …), a fired timer, or an async job. */
    static final class Kind {
        final String name;
        final boolean human;
        private final List<Long> nanos = new ArrayList<>();
        private final List<Long> statements = new ArrayList<>();

        Kind(String name, boolean human) {
            this.name = name;
            this.human = human;
        }

        int count() {
            return nanos.size();
        }

        double totalMillis() {
            return nanos.stream().mapToLong(Long::longValue).sum() / 1e6;
        }

        double percentileMillis(double p) {
            return percentile(nanos, p) / 1e6;
        }

        double maxMillis() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }

        double statementsPerStep() {
            return statements.stream().mapToLong(Long::longValue).average().orElse(0);
        }

        /** The fewest and the most statements of one step: a kind's jobs can differ (the last one of a multi-instance). */
        long minStatements() {
            return statements.stream().mapToLong(Long::longValue).min().orElse(0);
        }

        long maxStatements() {
            return statements.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    void record(String kind, boolean human, long nanos, long statements) {
        Kind k = kinds.computeIfAbsent(kind, name -> new Kind(name, human));
        k.nanos.add(nanos);
        k.statements.add(statements);
    }

    Map<String, Kind> kinds() {
        return kinds;
    }

    Kind kind(String name) {
        return kinds.get(name);
    }

    /** The longest single step of the round, any kind: the longest transaction the round held. */
    Kind longest() {
        return kinds.values().stream()
                .max((a, b) -> Double.compare(a.maxMillis(), b.maxMillis()))
                .orElse(null);
    }

    static double percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
