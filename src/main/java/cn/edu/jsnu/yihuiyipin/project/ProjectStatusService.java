package cn.edu.jsnu.yihuiyipin.project;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Changes a project's status and writes the step into its history, in the caller's transaction. */
@Service
public class ProjectStatusService {

    private final BrandProjectRepository projects;
    private final ProjectStatusChangeRepository history;
    private final Clock clock;
    private final IdentityService identityService;
    private final ApplicationEventPublisher events;

    ProjectStatusService(
            BrandProjectRepository projects,
            ProjectStatusChangeRepository history,
            Clock clock,
            IdentityService identityService,
            ApplicationEventPublisher events) {
        this.projects = projects;
        this.history = history;
        this.clock = clock;
        this.identityService = identityService;
        this.events = events;
    }

    public BrandProject changeStatus(BrandProject project, ProjectStatus status, String note) {
        project.setStatus(status);
        BrandProject saved = projects.save(project);
        history.save(new ProjectStatusChange(saved.getId(), status, LocalDateTime.now(clock), note, actor()));
        events.publishEvent(new ProjectStatusChanged(saved.getId(), status, note));
        return saved;
    }

    /**
     * Who caused the step: Tasklist and the REST API run a completion under the signed-in user's
     * authentication; a job (timer, async continuation) runs under none.
     */
    private String actor() {
        Authentication current = identityService.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
