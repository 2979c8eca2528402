package cn.edu.jsnu.yihuiyipin.bench;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the benchmark's H2 databases live: in memory (the default, as the tests run), or with
 * {@code -Dbench.h2=file} in files under {@code target/bench/h2/}, as the application's own default
 * ({@code jdbc:h2:file:./data/yihui-yipin}) keeps them. An in-memory database lives in the benchmark's
 * 512 MB heap beside the application, so the 1,000-unit rounds on H2 run with files.
 */
final class BenchH2 {

    private BenchH2() {}

    static String url(String name) {
        String database = name + "-" + UUID.randomUUID();
        if ("file".equals(System.getProperty("bench.h2", "mem"))) {
            return "jdbc:h2:file:" + Path.of("target", "bench", "h2", database).toAbsolutePath();
        }
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    }
}
