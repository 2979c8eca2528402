package cn.edu.jsnu.yihuiyipin.project;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Changes a project's status and writes the step into its history, in the caller's transaction. */
@Service
public class ProjectStatusService {

    private final BrandProjectRepository projects;
    private final ProjectStatusChangeRepository history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProjectStatusService(
            BrandProjectRepository projects,
            ProjectStatusChangeRepository history,
            Clock clock,
            ApplicationEventPublisher events) {
        this.projects = projects;
        this.history = history;
        this.clock = clock;
        this.events = events;
    }

    public BrandProject changeStatus(BrandProject project, ProjectStatus status, String note) {
        project.setStatus(status);
        BrandProject saved = projects.save(project);
        history.save(new ProjectStatusChange(saved.getId(), status, LocalDateTime.now(clock), note));
        events.publishEvent(new ProjectStatusChanged(saved.getId(), status, note));
        return saved;
    }
}
