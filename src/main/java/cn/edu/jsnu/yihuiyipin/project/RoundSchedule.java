package cn.edu.jsnu.yihuiyipin.project;

import java.time.LocalDateTime;

/** The phase dates of a round (实施步骤 1–4), in Asia/Shanghai local time. */
public record RoundSchedule(
        LocalDateTime applicationDeadline,
        LocalDateTime reviewStart,
        LocalDateTime reviewDeadline,
        LocalDateTime acceptanceStart,
        LocalDateTime acceptanceDeadline) {}
