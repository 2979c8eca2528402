package cn.edu.jsnu.yihuiyipin.notices;

import java.util.List;

/**
 * What one notice says, before it is addressed: the subject, the sentences of its body, a link (to the
 * task in Tasklist or to the project page) and the cause, which with the recipient makes it unique.
 *
 * @param cause stable text naming the event, e.g. {@code reminder:3:<taskId>}: the same cause never
 *              reaches the same person twice
 */
public record NoticeMessage(
        NoticeKind kind,
        String subject,
        List<String> lines,
        String link,
        String linkLabel,
        Long projectId,
        String taskId,
        String cause) {

    public NoticeMessage {
        lines = List.copyOf(lines);
    }
}
