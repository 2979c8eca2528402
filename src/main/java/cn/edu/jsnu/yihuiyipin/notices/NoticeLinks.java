package cn.edu.jsnu.yihuiyipin.notices;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links in notices and mails, from {@code yihui.web.base-url}: the task in Tasklist, the project page. */
@Component
public class NoticeLinks {

    private final String base;

    NoticeLinks(@Value("${yihui.web.base-url:http://localhost:${server.port:8080}}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String task(String taskId) {
        return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    public String project(long projectId) {
        return base + "/app/projects/" + projectId;
    }

    public String notices() {
        return base + "/app/notices";
    }
}
