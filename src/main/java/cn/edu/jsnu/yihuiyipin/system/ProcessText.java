package cn.edu.jsnu.yihuiyipin.system;

/**
 * Camunda stores a String variable in a 4000-character column: longer text fails the transaction.
 * Texts composed for a form are cut to fit, with a pointer to where the whole lives.
 */
public final class ProcessText {

    public static final int MAX_VARIABLE_LENGTH = 4000;

    private ProcessText() {
    }

    /** {@code text} unchanged when it fits, else its beginning followed by {@code "\n……" + rest}. */
    public static String fit(String text, String rest) {
        if (text == null || text.length() <= MAX_VARIABLE_LENGTH) {
            return text;
        }
        String tail = "\n……（" + rest + "）";
        return text.substring(0, MAX_VARIABLE_LENGTH - tail.length()) + tail;
    }
}
