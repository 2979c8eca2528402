package cn.edu.jsnu.yihuiyipin.bench;

/**
 * One measured round: on which database and engine, how many units, its steps, the wall-clock time of
 * the whole script and the peak heap used while it ran.
 */
record RoundRun(String database, String engine, int units, StepTimes times, double wallSeconds, long peakHeapMb) {

    /** The time the engine spent in the round's transactions (the driver's own look-ups left out). */
    double engineSeconds() {
        return times.kinds().values().stream()
                        .mapToDouble(StepTimes.Kind::totalMillis)
                        .sum()
                / 1000;
    }

    double millisPerProject() {
        return engineSeconds() * 1000 / units;
    }
}
