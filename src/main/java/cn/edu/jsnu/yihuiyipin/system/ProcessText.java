package cn.edu.jsnu.yihuiyipin.system;

/**
 * Camunda stores a String variable in a 4000-character column: longer text fails the transaction.
 * Texts composed for a form are cut to fit, with a pointer to where the whole lives.
 */
public final class ProcessText {

    public static final int MAX_VARIABLE_LENGTH = 4000;

    private ProcessText() {}

    /** {@code text} unchanged when it fits a variable, else its beginning followed by {@code "\n……（rest）"}. */
    public static String fit(String text, String rest) {
        return fit(text, MAX_VARIABLE_LENGTH, rest);
    }

    /** As {@link #fit(String, String)}, within {@code maxLength} characters (tail included). */
    public static String fit(String text, int maxLength, String rest) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        String tail = "\n……（" + rest + "）";
        return text.substring(0, maxLength - tail.length()) + tail;
    }
}
