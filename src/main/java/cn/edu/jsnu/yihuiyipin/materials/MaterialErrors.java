package cn.edu.jsnu.yihuiyipin.materials;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused material request answers as the application's other refusals do: its 4xx and the Chinese
 * sentence, JSON {@code {"status", "message"}} under /api, the error page under /app.
 */
@ControllerAdvice(assignableTypes = {MaterialsApiController.class, MaterialsPageController.class})
class MaterialErrors {

    @ExceptionHandler(MaterialRefusedException.class)
    Object refused(MaterialRefusedException refused, HttpServletRequest request) {
        int status = refused.status().value();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status, "message", refused.getMessage()));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(refused.status());
        page.addObject("status", status);
        page.addObject("message", refused.getMessage());
        return page;
    }
}
