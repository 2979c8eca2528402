package cn.edu.jsnu.yihuiyipin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chinese mail templates render without a Spring context: subject, text and HTML with the link. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void noticeRendersGreetingLinesAndLinkInTextAndHtml() {
        NoticeMessage message = new NoticeMessage(
                NoticeKind.REMINDER,
                "还剩3天：填报项目申报表",
                List.of("任务“填报项目申报表”将于 2027年3月31日 23:59 截止。", "请及时办理 <尽快>。"),
                "https://yihui.jsnu.edu.cn/camunda/app/tasklist/default/#/?task=t-1",
                "打开任务",
                null,
                "t-1",
                "reminder:3:t-1");

        RenderedMail mail = templates.notice("王磊", message);

        assertThat(mail.subject()).isEqualTo("【一会一品】还剩3天：填报项目申报表");
        assertThat(mail.text())
                .startsWith("王磊，您好：")
                .contains("任务“填报项目申报表”将于 2027年3月31日 23:59 截止。\n请及时办理 <尽快>。")
                .contains("打开任务：https://yihui.jsnu.edu.cn/camunda/app/tasklist/default/#/?task=t-1");
        assertThat(mail.html())
                .contains("<p>请及时办理 &lt;尽快&gt;。</p>")
                .contains("<a href=\"https://yihui.jsnu.edu.cn/camunda/app/tasklist/default/#/?task=t-1\">打开任务</a>");
    }

    @Test
    void noticeWithoutLinkHasNoLinkLine() {
        NoticeMessage message = new NoticeMessage(
                NoticeKind.ROUND_PHASE, "进入评审立项阶段", List.of("已进入“评审立项”阶段。"), null, null, null, null, "round:1");

        RenderedMail mail = templates.notice("张敏", message);

        assertThat(mail.text()).doesNotContain("http").contains("已进入“评审立项”阶段。");
        assertThat(mail.html()).doesNotContain("<a ");
    }
}
