package cn.edu.jsnu.yihuiyipin.web;

import cn.edu.jsnu.yihuiyipin.access.AccessRefusedException;
import cn.edu.jsnu.yihuiyipin.access.BadRequestException;
import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error contract of the application's pages and API: a refused request gets its status and a
 * Chinese sentence (an HTML page under /app, JSON under /api), never a 500 or a stack trace.
 */
@ControllerAdvice
class PageErrors {

    private final SignedInViewers signedInViewers;

    PageErrors(SignedInViewers signedInViewers) {
        this.signedInViewers = signedInViewers;
    }

    /** Every page's header shows who is signed in. */
    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/app/")
                ? signedInViewers.current()
                : null;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException refused, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, refused.getMessage(), request);
    }

    /** No page at the address: outside /app/assets no static resource is looked for, so no handler either. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noSuchPage(Exception refused, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "页面不存在。", request);
    }

    @ExceptionHandler(AccessRefusedException.class)
    Object refused(AccessRefusedException refused, HttpServletRequest request) {
        return answer(HttpStatus.FORBIDDEN, refused.getMessage(), request);
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException refused, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, refused.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object malformedParameter(MethodArgumentTypeMismatchException refused, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "参数“" + refused.getName() + "”的值无效。", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException refused, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "缺少参数“" + refused.getParameterName() + "”。", request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameter(HandlerMethodValidationException refused, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, "请求参数超出允许的范围。", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException refused, HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方式。", request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException refused, HttpServletRequest request) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件超过允许的大小。", request);
    }

    static Object answer(HttpStatus status, String message, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "message", message));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
