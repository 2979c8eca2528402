package cn.edu.jsnu.yihuiyipin.project;

/** Published by {@link RoundStatusService} inside the caller's transaction (the offices' phase notice). */
public record RoundStatusChanged(long roundId, RoundStatus status, String note) {}
