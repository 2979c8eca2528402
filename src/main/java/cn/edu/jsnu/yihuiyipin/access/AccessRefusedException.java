package cn.edu.jsnu.yihuiyipin.access;

/** Answered with 403 and the Chinese message: the asker is signed in but may not see or change this. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String chineseMessage) {
        super(chineseMessage);
    }
}
