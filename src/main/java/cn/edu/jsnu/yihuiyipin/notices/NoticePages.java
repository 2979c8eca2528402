package cn.edu.jsnu.yihuiyipin.notices;

import cn.edu.jsnu.yihuiyipin.access.AccessRefusedException;
import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 我的通知 ({@code /app/notices}): the signed-in person's notices, newest first, unread marked, each
 * opened (and so read) through its link; and for admins the mails that could not be sent, to send again.
 */
@Controller
class NoticePages {

    private final NoticeList notices;
    private final FailedMails failedMails;

    NoticePages(NoticeList notices, FailedMails failedMails) {
        this.notices = notices;
        this.failedMails = failedMails;
    }

    @GetMapping("/app/notices")
    String list(Viewer viewer, Model model) {
        model.addAttribute("notices", notices.of(viewer.userId()));
        model.addAttribute("unread", notices.unread(viewer.userId()));
        return "notices/list";
    }

    /** Marks the notice read and goes where it points (the task, the project), or back to the list. */
    @GetMapping("/app/notices/{id}/open")
    String open(Viewer viewer, @PathVariable long id) {
        Notice notice = notices.own(viewer.userId(), id).orElseThrow(NoticePages::notFound);
        notices.markRead(viewer.userId(), id);
        return "redirect:" + (notice.getLink() != null ? notice.getLink() : "/app/notices");
    }

    @PostMapping("/app/notices/{id}/read")
    String markRead(Viewer viewer, @PathVariable long id) {
        if (!notices.markRead(viewer.userId(), id)) {
            throw notFound();
        }
        return "redirect:/app/notices";
    }

    @PostMapping("/app/notices/read-all")
    String markAllRead(Viewer viewer) {
        notices.markAllRead(viewer.userId());
        return "redirect:/app/notices";
    }

    @GetMapping("/app/notices/failed")
    String failed(Viewer viewer, Model model) {
        requireAdmin(viewer);
        model.addAttribute("mails", failedMails.list());
        return "notices/failed";
    }

    @PostMapping("/app/notices/failed/{id}/resend")
    String resend(Viewer viewer, @PathVariable long id) {
        requireAdmin(viewer);
        if (!failedMails.resend(id)) {
            throw new NotFoundException("没有这封发送失败的邮件（可能已重新发送）。");
        }
        return "redirect:/app/notices/failed";
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessRefusedException("只有系统管理员可以查看和重发发送失败的邮件。");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("没有这条通知。");
    }
}
