package cn.edu.jsnu.yihuiyipin.access;

/** Answered with 404 and the Chinese message: the thing asked for does not exist, or is not the asker's to know of. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String chineseMessage) {
        super(chineseMessage);
    }
}
