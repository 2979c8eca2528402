package cn.edu.jsnu.yihuiyipin.round;

import cn.edu.jsnu.yihuiyipin.project.RoundSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;

/** The phase dates of a year's round from the configured days, with per-round overrides. */
public class RoundScheduleCalculator {

    static final LocalTime OPENS_AT = LocalTime.of(8, 0);
    static final LocalTime CLOSES_AT = LocalTime.of(23, 59, 59);

    private final RoundProperties properties;
    private final Clock clock;
    private final Duration compressedPhase;

    public RoundScheduleCalculator(RoundProperties properties) {
        this(properties, Clock.systemDefaultZone(), Duration.ZERO);
    }

    /**
     * @param compressedPhase demo time ({@code yihui.round.compressed-phase-minutes}): when positive,
     *                        every round's phases follow each other at this interval from now, whatever
     *                        the year, configuration or overrides say; zero keeps the real calendar
     */
    public RoundScheduleCalculator(RoundProperties properties, Clock clock, Duration compressedPhase) {
        this.properties = properties;
        this.clock = clock;
        this.compressedPhase = compressedPhase;
    }

    /** Overrides may be null; acceptance dates fall in the year after the round's year. */
    public RoundSchedule schedule(int year, Overrides overrides) {
        if (!compressedPhase.isZero() && !compressedPhase.isNegative()) {
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            return new RoundSchedule(
                    now.plus(compressedPhase),
                    now.plus(compressedPhase.multipliedBy(2)),
                    now.plus(compressedPhase.multipliedBy(3)),
                    now.plus(compressedPhase.multipliedBy(4)),
                    now.plus(compressedPhase.multipliedBy(5)));
        }
        RoundSchedule schedule = new RoundSchedule(
                closes(
                        overrides.applicationDeadline(),
                        day(properties.applicationDeadline()).atYear(year)),
                opens(overrides.reviewStart(), day(properties.reviewStart()).atYear(year)),
                closes(
                        overrides.reviewDeadline(),
                        day(properties.reviewDeadline()).atYear(year)),
                opens(
                        overrides.acceptanceStart(),
                        day(properties.acceptanceStart()).atYear(year + 1)),
                closes(
                        overrides.acceptanceDeadline(),
                        day(properties.acceptanceDeadline()).atYear(year + 1)));
        if (!(schedule.applicationDeadline().isBefore(schedule.reviewStart())
                && schedule.reviewStart().isBefore(schedule.reviewDeadline())
                && schedule.reviewDeadline().isBefore(schedule.acceptanceStart())
                && schedule.acceptanceStart().isBefore(schedule.acceptanceDeadline()))) {
            throw new IllegalArgumentException("日期顺序不正确：应为 申报截止 < 评审开始 < 评审截止 < 验收开始 < 验收截止");
        }
        return schedule;
    }

    public record Overrides(
            LocalDate applicationDeadline,
            LocalDate reviewStart,
            LocalDate reviewDeadline,
            LocalDate acceptanceStart,
            LocalDate acceptanceDeadline) {

        public static Overrides none() {
            return new Overrides(null, null, null, null, null);
        }
    }

    private static MonthDay day(String monthDay) {
        return MonthDay.parse("--" + monthDay);
    }

    private static LocalDateTime opens(LocalDate override, LocalDate fallback) {
        return (override != null ? override : fallback).atTime(OPENS_AT);
    }

    private static LocalDateTime closes(LocalDate override, LocalDate fallback) {
        return (override != null ? override : fallback).atTime(CLOSES_AT);
    }
}
