package cn.edu.jsnu.yihuiyipin.materials;

import org.springframework.http.HttpStatus;

/**
 * An upload or a request about materials that is refused, with the Chinese sentence the user sees and
 * the 4xx status it is answered with. Whatever the request began is undone before this is thrown.
 */
public class MaterialRefusedException extends RuntimeException {

    private final HttpStatus status;

    public MaterialRefusedException(HttpStatus status, String message) {
        super(message);
        if (!status.is4xxClientError()) {
            throw new IllegalArgumentException("a refusal is a 4xx, not " + status);
        }
        this.status = status;
    }

    public MaterialRefusedException(HttpStatus status, String message, Throwable cause) {
        this(status, message);
        initCause(cause);
    }

    public HttpStatus status() {
        return status;
    }

    static MaterialRefusedException badRequest(String message) {
        return new MaterialRefusedException(HttpStatus.BAD_REQUEST, message);
    }

    static MaterialRefusedException forbidden(String message) {
        return new MaterialRefusedException(HttpStatus.FORBIDDEN, message);
    }

    static MaterialRefusedException notFound(String message) {
        return new MaterialRefusedException(HttpStatus.NOT_FOUND, message);
    }
}
