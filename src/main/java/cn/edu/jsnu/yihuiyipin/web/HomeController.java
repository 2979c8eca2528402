package cn.edu.jsnu.yihuiyipin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The entry pages: sign-in, the role's start page, the refusal page Spring Security forwards to. */
@Controller
class HomeController {

    @GetMapping("/app/login")
    String login() {
        return "login";
    }

    @GetMapping({"/app", "/app/"})
    String home() {
        return "home";
    }

    /** Spring Security forwards refused requests of any method here (a form without its token, too). */
    @RequestMapping("/app/forbidden")
    Object forbidden(HttpServletRequest request) {
        return PageErrors.answer(HttpStatus.FORBIDDEN, "您无权访问该页面，或页面已过期（请刷新后重试）。", request);
    }
}
