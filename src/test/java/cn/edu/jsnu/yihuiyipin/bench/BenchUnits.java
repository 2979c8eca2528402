package cn.edu.jsnu.yihuiyipin.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The grassroots units and experts of a benchmark round: {@code size} units, every other one a women's
 * committee (校妇联), so both channels carry half the work; {@code experts} experts per channel panel.
 * The application reads them from its tables and Camunda groups; the bare engine from here.
 */
record BenchUnits(int size, int experts) {

    static final String UNION = "UNION";
    static final String WOMEN = "WOMEN";

    List<String> codes() {
        return IntStream.rangeClosed(1, size).mapToObj(BenchUnits::code).toList();
    }

    static String code(int index) {
        return String.format("b%04d-%s", index, index % 2 == 0 ? "fw" : "gh");
    }

    static int index(String code) {
        return Integer.parseInt(code.substring(1, 5));
    }

    static String channel(String code) {
        return code.endsWith("-fw") ? WOMEN : UNION;
    }

    static String name(String code) {
        return "基准单位" + index(code) + (channel(code).equals(WOMEN) ? "妇委会" : "分工会");
    }

    static String group(String code) {
        return "unit-" + code;
    }

    static String officeGroup(String channel) {
        return channel.equals(WOMEN) ? "women-office" : "union-office";
    }

    static String expertGroup(String channel) {
        return channel.equals(WOMEN) ? "experts-women" : "experts-union";
    }

    List<String> panel(String channel) {
        String prefix = channel.equals(WOMEN) ? "bench-zj-fl" : "bench-zj-gh";
        return IntStream.rangeClosed(1, experts).mapToObj(i -> prefix + i).toList();
    }

    /** A unit member for each unit, for the task-list queries. */
    static String member(String code) {
        return "bench-" + code;
    }
}
