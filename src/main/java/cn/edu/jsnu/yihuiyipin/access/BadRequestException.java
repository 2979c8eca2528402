package cn.edu.jsnu.yihuiyipin.access;

/** Answered with 400 and the Chinese message: a parameter the asker sent is malformed or out of range. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String chineseMessage) {
        super(chineseMessage);
    }
}
