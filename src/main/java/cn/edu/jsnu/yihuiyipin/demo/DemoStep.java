package cn.edu.jsnu.yihuiyipin.demo;

/**
 * What one 演示：进入下一阶段 did, for the admin: a headline and the details (Markdown, as the demo-time
 * form and the application's pages show them).
 *
 * @param fired how many timers the step fired (0: nothing was due, the round waits for people)
 */
public record DemoStep(String headline, String details, int fired) {

    public String markdown() {
        return "**" + headline + "**\n\n" + details;
    }
}
