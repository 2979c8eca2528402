package cn.edu.jsnu.yihuiyipin.project;

/**
 * Published by {@link ProjectStatusService} inside the caller's transaction, so what follows a status
 * (the unit's result notice) is written with it, or not at all.
 */
public record ProjectStatusChanged(long projectId, ProjectStatus status, String note) {}
