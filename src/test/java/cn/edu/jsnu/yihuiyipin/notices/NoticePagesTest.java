package cn.edu.jsnu.yihuiyipin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 我的通知 at {@code /app/notices}: a person sees their own notices, read and unread, the header's count,
 * marks them read or opens them; nobody touches another's; admins list the failed mails and resend them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticePagesTest {

    static final String UNIT = "np-unit";
    static final String OTHER = "np-other";
    static final String ADMIN = "np-admin";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    Notices notices;

    @Autowired
    NoticeList noticeList;

    @Autowired
    NoticeRepository noticeRepository;

    @Autowired
    NoticeMailRepository mails;

    @BeforeEach
    void people() {
        TestPeople.user(identityService, UNIT, "文学院分工会主席", "unit-wxy-gh");
        TestPeople.user(identityService, OTHER, "计算机学院分工会主席", "unit-jsj-gh");
        TestPeople.user(identityService, ADMIN, "系统管理员", "camunda-admin");
    }

    @AfterEach
    void forget() {
        noticeRepository.deleteAll(noticeRepository.findAll().stream()
                .filter(n -> List.of(UNIT, OTHER, ADMIN).contains(n.getRecipient()))
                .toList());
        TestPeople.forget(identityService, authorizationService, UNIT, OTHER, ADMIN);
    }

    private static NoticeMessage message(String subject, String link, String cause) {
        return new NoticeMessage(NoticeKind.REMINDER, subject, List.of("请及时办理。"), link, "打开任务", null, null, cause);
    }

    @Test
    void aPersonSeesAndMarksTheirOwnNotices_theHeaderCountsTheUnread() {
        notices.toUsers(
                List.of(UNIT),
                message("还剩3天：填报项目申报表", "https://yihui.jsnu.edu.cn/camunda/app/tasklist/default/#/?task=t1", "np:1"));
        notices.toUsers(List.of(UNIT), message("立项结果：立项", null, "np:2"));
        notices.toUsers(List.of(UNIT), message("立项结果：立项", null, "np:2"));
        List<Notice> own = noticeList.of(UNIT);
        assertThat(own).as("one cause, one notice").hasSize(2);

        WebSession browser = new WebSession(port);
        browser.signIn(UNIT, TestPeople.password(UNIT));
        HttpResponse<String> page = browser.get("/app/notices");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("我的通知", "还剩3天：填报项目申报表", "立项结果：立项", "请及时办理。", "未读 2 条")
                .contains("class=\"badge\">2</span>");

        Notice reminder = own.stream()
                .filter(n -> n.getSubject().startsWith("还剩"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> read = browser.postForm("/app/notices/" + reminder.getId() + "/read", Map.of());
        assertThat(read.statusCode()).isEqualTo(302);
        assertThat(noticeList.unread(UNIT)).isEqualTo(1);
        assertThat(browser.get("/app/").body()).contains("class=\"badge\">1</span>");

        Notice result = own.stream()
                .filter(n -> n.getSubject().startsWith("立项"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> open = browser.get("/app/notices/" + reminder.getId() + "/open");
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location"))
                .hasValue("https://yihui.jsnu.edu.cn/camunda/app/tasklist/default/#/?task=t1");

        WebSession other = new WebSession(port);
        other.signIn(OTHER, TestPeople.password(OTHER));
        assertThat(other.get("/app/notices").body()).contains("暂无通知").doesNotContain("立项结果");
        HttpResponse<String> foreign = other.postForm("/app/notices/" + result.getId() + "/read", Map.of());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).contains("没有这条通知");
        assertThat(other.get("/app/notices/" + result.getId() + "/open").statusCode())
                .isEqualTo(404);
        assertThat(noticeList.unread(UNIT)).as("still unread").isEqualTo(1);

        browser.get("/app/notices");
        assertThat(browser.postForm("/app/notices/read-all", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(noticeList.unread(UNIT)).isZero();
        assertThat(browser.get("/app/notices").body()).contains("未读 0 条").doesNotContain("class=\"badge\"");
    }

    @Test
    void adminsListFailedMailsAndSendThemAgain_nobodyElseDoes() {
        NoticeMail failed = new NoticeMail(
                UNIT,
                "not-an-address",
                new RenderedMail("【一会一品】新任务", "正文", "<p>正文</p>"),
                LocalDateTime.of(2026, 3, 1, 8, 0));
        failed.failed("地址无效：Illegal address", null);
        failed = mails.save(failed);
        try {
            WebSession unit = new WebSession(port);
            unit.signIn(UNIT, TestPeople.password(UNIT));
            HttpResponse<String> refused = unit.get("/app/notices/failed");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("只有系统管理员");

            WebSession admin = new WebSession(port);
            admin.signIn(ADMIN, TestPeople.password(ADMIN));
            HttpResponse<String> list = admin.get("/app/notices/failed");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("not-an-address", "地址无效：Illegal address", "重新发送");
            HttpResponse<String> resend = admin.postForm("/app/notices/failed/" + failed.getId() + "/resend", Map.of());
            assertThat(resend.statusCode()).isEqualTo(302);
            NoticeMail again = mails.findById(failed.getId()).orElseThrow();
            assertThat(again.getStatus()).isEqualTo(NoticeMail.Status.PENDING);
            assertThat(again.getAttempts()).isZero();
            assertThat(admin.get("/app/notices/failed").body()).contains("没有发送失败的邮件");
            assertThat(admin.postForm("/app/notices/failed/" + failed.getId() + "/resend", Map.of())
                            .statusCode())
                    .as("not failed any more")
                    .isEqualTo(404);
        } finally {
            mails.deleteById(failed.getId());
        }
    }
}
