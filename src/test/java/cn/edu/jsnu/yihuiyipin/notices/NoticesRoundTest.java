package cn.edu.jsnu.yihuiyipin.notices;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.review.AcceptanceCriterion;
import cn.edu.jsnu.yihuiyipin.review.ApprovalCriterion;
import cn.edu.jsnu.yihuiyipin.support.ApplicationSteps;
import cn.edu.jsnu.yihuiyipin.support.RealTimeScenarioTest;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The mails of a whole round, received by GreenMail (an SMTP server in the test) while the job
 * executor runs every timer on the test clock: new tasks, reminders 3 and 1 days before at 08:00, the
 * daily digest for office staff and experts, escalations when a deadline passes, results, phase changes;
 * each exactly when it falls due, in Chinese, with links. Then the SMTP server is down for a while.
 * Two units take part (the others are stopped): 文学院分工会 applies and wins, 计算机学院分工会 lets the
 * deadline pass.
 */
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + NoticesRoundTest.SMTP_PORT,
            "yihui.notices.poll-interval=PT0.2S",
            "yihui.web.base-url=https://yihui.jsnu.edu.cn",
            // no progress report falls due before the acceptance date: the round stays readable
            "yihui.cultivation.progress-report-cycle=R/P1Y"
        })
class NoticesRoundTest extends RealTimeScenarioTest {

    static final int SMTP_PORT = 3925;
    private static final String BASE = "https://yihui.jsnu.edu.cn";

    private static final String WXY = "wxy-gh";
    private static final String JSJ = "jsj-gh";

    // who gets mail: a person per role, each with an address; the women's office member has none
    private static final String UNIT = "nt-unit@jsnu.edu.cn";
    private static final String LATE_UNIT = "nt-jsj@jsnu.edu.cn";
    private static final String OFFICE = "nt-office@jsnu.edu.cn";
    private static final String ADMIN = "nt-admin@jsnu.edu.cn";
    private static final String STARTER_ADMIN = "admin@localhost";
    private static final List<String> EXPERTS =
            List.of("nt-exp1@jsnu.edu.cn", "nt-exp2@jsnu.edu.cn", "nt-exp3@jsnu.edu.cn");

    @Autowired
    NoticeMailRepository mails;

    @Autowired
    NoticeRepository notices;

    @Autowired
    NoticeList noticeList;

    @Autowired
    NoticeProperties properties;

    private GreenMail smtp;
    /** Message-IDs of the mails already checked (GreenMail lists mails per mailbox, not in arrival order). */
    private final Set<String> seen = new HashSet<>();

    private int year;
    private ProcessInstance round;

    @BeforeEach
    void peopleAndUnits() {
        user("nt-unit", "王磊", UNIT, "unit-wxy-gh");
        user("nt-jsj", "李强", LATE_UNIT, "unit-jsj-gh");
        user("nt-office", "张敏", OFFICE, "union-office");
        user("nt-women", "李静", null, "women-office");
        user("nt-admin", "系统管理员", ADMIN, "camunda-admin");
        for (int i = 0; i < EXPERTS.size(); i++) {
            user("nt-exp" + (i + 1), "专家" + (i + 1), EXPERTS.get(i), "experts-union");
        }
        panel("experts-union", "nt-exp1", "nt-exp2", "nt-exp3");
        for (GrassrootsUnit unit : units.findAll()) {
            unit.setActive(List.of(WXY, JSJ).contains(unit.getCode()));
            units.save(unit);
        }
        // this context's database is these tests' own: each starts with an empty outbox
        mails.deleteAll();
        notices.deleteAll();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void wholeRoundSendsEachMailWhenItFallsDue() throws Exception {
        smtp.start();
        String fill = "文学院分工会 · 填报项目申报表（附件1，%d年度）";
        String lateFill = "计算机科学与技术学院分工会 · 填报项目申报表（附件1，%d年度）";
        String check = "文学院分工会 · 校工会形式审查（%d年度）";
        String review = "文学院分工会 · 专家评审（%d年度）";

        // ── 1 March 08:00: the round opens; the units hear of their task at once, the offices of the phase ──
        open();
        expectMails(
                mail(OFFICE, year + "年度“一会一品”品牌创建进入项目申报阶段"),
                mail(UNIT, "新任务：" + fill.formatted(year)),
                mail(LATE_UNIT, "新任务：" + lateFill.formatted(year)));
        Task fillTask = task(application(WXY), TASK_FILL_APPLICATION);
        MimeMessage newTask = received(UNIT, "新任务：" + fill.formatted(year));
        assertThat(text(newTask))
                .contains("王磊，您好", "您有一项新任务", "截止时间：" + year + "年3月31日 23:59")
                .contains(BASE + "/camunda/app/tasklist/default/#/?task=" + fillTask.getId());
        assertThat(html(newTask))
                .contains("href=\"" + BASE + "/camunda/app/tasklist/default/#/?task=" + fillTask.getId());

        // ── reminders 3 days before the deadline, at 08:00, not a minute earlier ──
        at(LocalDateTime.of(year, 3, 28, 7, 59));
        expectMails();
        at(LocalDateTime.of(year, 3, 28, 8, 0));
        expectMails(mail(UNIT, "还剩3天：" + fill.formatted(year)), mail(LATE_UNIT, "还剩3天：" + lateFill.formatted(year)));
        assertThat(text(received(UNIT, "还剩3天：" + fill.formatted(year))))
                .contains("将于 " + year + "年3月31日 23:59 截止（还剩 3 天）");

        // ── 29 March: 文学院 applies; the office's new task waits for the next morning's digest ──
        at(LocalDateTime.of(year, 3, 29, 10, 0));
        complete(fillTask, application());
        expectMails();
        assertThat(noticeList.of("nt-office"))
                .anySatisfy(n -> assertThat(n.getSubject()).isEqualTo("新任务：" + check.formatted(year)));

        at(LocalDateTime.of(year, 3, 30, 8, 0));
        expectMails(mail(LATE_UNIT, "还剩1天：" + lateFill.formatted(year)), mail(OFFICE, "今日新任务汇总（1 项）"));
        assertThat(text(received(OFFICE, "今日新任务汇总（1 项）"))).contains(check.formatted(year));

        // ── the office's check is due in 5 days (3 April 23:59:59): its reminders, then the deadline ──
        at(LocalDateTime.of(year, 3, 31, 8, 0));
        expectMails(mail(OFFICE, "还剩3天：" + check.formatted(year)));

        // ── 31 March 23:59:59: 计算机学院 missed it: its office hears ──
        at(LocalDateTime.of(year, 3, 31, 23, 59, 59));
        expectMails(mail(OFFICE, "逾期未办：" + lateFill.formatted(year)));
        assertThat(text(received(OFFICE, "逾期未办：" + lateFill.formatted(year))))
                .contains("计算机科学与技术学院分工会未在 " + year + "年3月31日 23:59 前完成任务");

        at(LocalDateTime.of(year, 4, 1, 8, 0));
        expectMails(mail(OFFICE, year + "年度“一会一品”品牌创建进入评审立项阶段"));
        at(LocalDateTime.of(year, 4, 2, 8, 0));
        expectMails(mail(OFFICE, "还剩1天：" + check.formatted(year)));

        // ── 3 April 23:59:59: the office's check is overdue: the admins hear, the task stays ──
        at(LocalDateTime.of(year, 4, 3, 23, 59, 59));
        expectMails(mail(ADMIN, "逾期未办：" + check.formatted(year)), mail(STARTER_ADMIN, "逾期未办：" + check.formatted(year)));
        assertThat(task(application(WXY), TASK_FORMAL_CHECK_UNION)).isNotNull();

        // ── 4 April: the check passes, the review opens at once; the experts' digest comes next morning ──
        at(LocalDateTime.of(year, 4, 4, 9, 0));
        complete(
                task(application(WXY), TASK_FORMAL_CHECK_UNION),
                Map.of(FORMAL_CHECK_RESULT.name(), FORMAL_CHECK_PASS, FORMAL_CHECK_COMMENT.name(), "材料齐全"));
        awaitJobExecutor();
        await("the three reviews to open", () -> openTasks(TASK_EXPERT_REVIEW) == 3);
        expectMails();
        at(LocalDateTime.of(year, 4, 5, 8, 0));
        expectMails(
                mail(EXPERTS.get(0), "今日新任务汇总（1 项）"),
                mail(EXPERTS.get(1), "今日新任务汇总（1 项）"),
                mail(EXPERTS.get(2), "今日新任务汇总（1 项）"));

        // ── two experts score; the third is reminded, and on 30 April the admins hear ──
        at(LocalDateTime.of(year, 4, 10, 10, 0));
        score(List.of("nt-exp1", "nt-exp2"), 18);
        awaitJobExecutor();
        at(LocalDateTime.of(year, 4, 27, 8, 0));
        expectMails(mail(EXPERTS.get(2), "还剩3天：" + review.formatted(year)));
        at(LocalDateTime.of(year, 4, 29, 8, 0));
        expectMails(mail(EXPERTS.get(2), "还剩1天：" + review.formatted(year)));
        at(LocalDateTime.of(year, 4, 30, 23, 59, 59));
        expectMails(
                mail(ADMIN, "逾期未办：" + review.formatted(year)), mail(STARTER_ADMIN, "逾期未办：" + review.formatted(year)));
        // the review's close runs on in jobs: 立项审定 must be open before the clock moves on
        await("立项审定 to open", () -> openTasks(TASK_DECIDE_APPROVAL) == 1);
        at(LocalDateTime.of(year, 5, 1, 8, 0));
        expectMails(mail(OFFICE, "今日新任务汇总（1 项）"));

        // ── 2 May: 立项审定 (opened 30 April, due 5 May) reminds; 立项, the list confirmed and published: the
        // unit hears its result and funding ──
        at(LocalDateTime.of(year, 5, 2, 8, 0));
        expectMails(mail(OFFICE, "还剩3天：文学院分工会 · 立项审定（" + year + "年度）"));
        at(LocalDateTime.of(year, 5, 2, 10, 0));
        complete(
                task(application(WXY), TASK_DECIDE_APPROVAL),
                Map.of(DECISION.name(), "APPROVE", DECISION_OPINION.name(), "特色鲜明，同意立项"));
        awaitJobExecutor();
        at(LocalDateTime.of(year, 5, 2, 11, 0));
        complete(
                roundTask(BrandRoundProcess.Elements.TASK_CONFIRM_APPROVED_LIST),
                Map.of("approvedListConfirmed", true));
        awaitJobExecutor();
        long projectId = projects
                .findByRoundIdOrderById(rounds.findByYear(year).orElseThrow().getId())
                .stream()
                .filter(p -> p.getUnit().getCode().equals(WXY))
                .findFirst()
                .orElseThrow()
                .getId();
        expectMails(
                mail(UNIT, "立项结果：立项（书香文苑读书会）"),
                mail(OFFICE, year + "年度“一会一品”品牌创建进入立项公示阶段"),
                mail(OFFICE, year + "年度“一会一品”品牌创建进入过程培育阶段"));
        assertThat(text(received(UNIT, "立项结果：立项（书香文苑读书会）")))
                .contains("贵单位项目“书香文苑读书会”立项", "核定建设经费：", "审定意见：特色鲜明，同意立项")
                .contains(BASE + "/app/projects/" + projectId);
        at(LocalDateTime.of(year, 5, 3, 8, 0));
        expectMails();

        // ── January: acceptance; the unit hears its score and then its award ──
        at(LocalDateTime.of(year + 1, 1, 5, 8, 0));
        String summary = "文学院分工会 · 填报验收总结表（附件2，%d年度）".formatted(year);
        expectMails(mail(OFFICE, year + "年度“一会一品”品牌创建进入评估验收阶段"), mail(UNIT, "新任务：" + summary));
        at(LocalDateTime.of(year + 1, 1, 10, 10, 0));
        complete(
                cultivationTask(BrandCultivationProcess.Elements.TASK_SUBMIT_SUMMARY),
                Map.of(
                        BrandCultivationProcess.Vars.IMPLEMENTATION.name(),
                        "全年开展活动四次",
                        BrandCultivationProcess.Vars.RESULTS.name(),
                        "形成品牌",
                        BrandCultivationProcess.Vars.FUNDING_USED.name(),
                        "6000"));
        awaitJobExecutor();
        await(
                "the three acceptance reviews to open",
                () -> openTasks(BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW) == 3);
        expectMails();
        at(LocalDateTime.of(year + 1, 1, 11, 8, 0));
        expectMails(
                mail(EXPERTS.get(0), "今日新任务汇总（1 项）"),
                mail(EXPERTS.get(1), "今日新任务汇总（1 项）"),
                mail(EXPERTS.get(2), "今日新任务汇总（1 项）"));
        at(LocalDateTime.of(year + 1, 1, 12, 10, 0));
        scoreAcceptance(18);
        awaitJobExecutor();
        expectMails(mail(UNIT, "验收结果：通过（书香文苑读书会）"), mail(OFFICE, year + "年度“一会一品”品牌创建进入表彰奖励阶段"));
        assertThat(text(received(UNIT, "验收结果：通过（书香文苑读书会）"))).contains("验收得分：90 分");
        at(LocalDateTime.of(year + 1, 1, 12, 11, 0));
        complete(roundTask(BrandRoundProcess.Elements.TASK_CONFIRM_AWARDS), Map.of());
        awaitJobExecutor();
        expectMails(mail(UNIT, "表彰结果：一等奖（书香文苑读书会）"), mail(OFFICE, year + "年度“一会一品”品牌创建进入已结束阶段"));
        assertThat(text(received(UNIT, "表彰结果：一等奖（书香文苑读书会）"))).contains("获一等奖", "奖励金额：5000.00 元", "该项目已推荐参加市级及以上评选");
        at(LocalDateTime.of(year + 1, 1, 13, 8, 0));
        expectMails();
        assertThat(projects.findById(projectId).orElseThrow().getStatus()).isEqualTo(ProjectStatus.AWARDED);

        // in-app: every notice of the unit's member is listed, unread until marked; without an e-mail
        // address (the women's office) the notices are there and no mail went out
        assertThat(noticeList.of("nt-unit"))
                .extracting(Notice::getKind)
                .contains(NoticeKind.NEW_TASK, NoticeKind.REMINDER, NoticeKind.RESULT);
        assertThat(noticeList.unread("nt-unit"))
                .isEqualTo(noticeList.of("nt-unit").size());
        Notice first = noticeList.of("nt-unit").get(0);
        assertThat(noticeList.markRead("nt-office", first.getId()))
                .as("someone else's notice")
                .isFalse();
        assertThat(noticeList.markRead("nt-unit", first.getId())).isTrue();
        assertThat(noticeList.unread("nt-unit"))
                .isEqualTo(noticeList.of("nt-unit").size() - 1);
        assertThat(noticeList.of("nt-women"))
                .extracting(Notice::getKind)
                .containsOnly(NoticeKind.ROUND_PHASE)
                .hasSize(7);
        assertThat(mails.findByRecipientOrderByIdAsc("nt-women")).isEmpty();
        assertThat(mails.findAll()).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(NoticeMail.Status.SENT));
    }

    @Test
    void smtpDownDuringTheRound_completionsSucceedAndTheMailsArriveOnceItIsBack() throws Exception {
        // the SMTP server is down from the round's opening
        open();
        awaitOutbox();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        at(LocalDateTime.of(year, 3, 10, 10, 0));
        Task fillTask = task(application(WXY), TASK_FILL_APPLICATION);
        complete(fillTask, application());
        assertThat(task(application(WXY), TASK_FORMAL_CHECK_UNION))
                .as("the completion went through while no mail could be sent")
                .isNotNull();
        awaitOutbox();
        assertThat(mails.findAll()).hasSize(3).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(NoticeMail.Status.PENDING);
            assertThat(m.getAttempts()).isEqualTo(2);
            assertThat(m.getLastError()).startsWith("发送失败：");
        });

        // back: the next try (5 minutes after the second failure) delivers each mail once
        smtp.start();
        at(LocalDateTime.of(year, 3, 10, 10, 4));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        at(LocalDateTime.of(year, 3, 10, 10, 5));
        expectMails(
                mail(OFFICE, year + "年度“一会一品”品牌创建进入项目申报阶段"),
                mail(UNIT, "新任务：文学院分工会 · 填报项目申报表（附件1，" + year + "年度）"),
                mail(LATE_UNIT, "新任务：计算机科学与技术学院分工会 · 填报项目申报表（附件1，" + year + "年度）"));
        at(LocalDateTime.of(year, 3, 10, 12, 0));
        expectMails();
        assertThat(mails.findAll()).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(NoticeMail.Status.SENT);
            assertThat(m.getAttempts()).isEqualTo(3);
        });
    }

    // ── the round ──

    private void open() {
        Job yearly = managementService
                .createJobQuery()
                .processDefinitionKey(BrandRoundProcess.YEARLY_KEY)
                .timers()
                .singleResult();
        LocalDateTime opening = LocalDateTime.ofInstant(yearly.getDuedate().toInstant(), ZoneId.systemDefault());
        year = opening.getYear();
        at(opening);
        round = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandRoundProcess.KEY)
                .processInstanceBusinessKey(BusinessKey.ofRound(year).toString())
                .singleResult();
        assertThat(round).isNotNull();
    }

    private static Map<String, Object> application() {
        Map<String, Object> form = ApplicationSteps.application("书香文苑读书会", "CULTURE", 12000);
        form.put(CONTINUES_BRAND.name(), false);
        form.put(NOT_APPLYING.name(), false);
        return form;
    }

    private void score(List<String> experts, int perCriterion) {
        Map<String, Object> form = new HashMap<>();
        for (ApprovalCriterion criterion : ApprovalCriterion.values()) {
            form.put(criterion.variable(), perCriterion);
        }
        form.put(REVIEW_OPINION.name(), "同意");
        for (Task review : taskService
                .createTaskQuery()
                .processInstanceId(application(WXY).getId())
                .taskDefinitionKey(TASK_EXPERT_REVIEW)
                .list()) {
            if (experts.contains(review.getAssignee())) {
                complete(review, form);
            }
        }
    }

    private void scoreAcceptance(int perCriterion) {
        Map<String, Object> form = new HashMap<>();
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            form.put(criterion.variable(), perCriterion);
        }
        form.put(BrandCultivationProcess.Vars.ACCEPTANCE_OPINION.name(), "汇报清楚");
        for (Task review : taskService
                .createTaskQuery()
                .processDefinitionKey(BrandCultivationProcess.KEY)
                .taskDefinitionKey(BrandCultivationProcess.Elements.TASK_ACCEPTANCE_REVIEW)
                .list()) {
            complete(review, form);
        }
    }

    private void complete(Task task, Map<String, Object> variables) {
        assertThat(task).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    private ProcessInstance application(String unit) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(BrandApplicationProcess.KEY)
                .processInstanceBusinessKey(BusinessKey.ofUnit(year, unit).toString())
                .singleResult();
    }

    private Task task(ProcessInstance instance, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private long openTasks(String taskKey) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey).count();
    }

    private Task roundTask(String taskKey) {
        return task(round, taskKey);
    }

    private Task cultivationTask(String taskKey) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(BrandCultivationProcess.KEY)
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private void user(String id, String name, String email, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setLastName(name);
            user.setEmail(email);
            user.setPassword("nt-" + id);
            identityService.saveUser(user);
        }
        members(group, id);
    }

    // ── the mails ──

    private static String mail(String address, String subject) {
        return address + " 【一会一品】" + subject;
    }

    /** The mails received since the last call are exactly these (address and subject), each once. */
    private void expectMails(String... expected) throws Exception {
        awaitOutbox();
        List<String> fresh = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (seen.add(message.getMessageID())) {
                fresh.add(describe(message));
            }
        }
        assertThat(fresh).as("mails at %s", LocalDateTime.now(clock)).containsExactlyInAnyOrder(expected);
    }

    private MimeMessage received(String address, String subject) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (describe(message).equals(mail(address, subject))) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address + ": " + subject);
    }

    private static String describe(MimeMessage message) throws Exception {
        return message.getRecipients(Message.RecipientType.TO)[0].toString() + " " + message.getSubject();
    }

    /** Waits until the outbox has nothing due: every mail and digest that fell due is sent or waits for a retry. */
    private void awaitOutbox() {
        await("the outbox to send what is due", () -> {
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            LocalDateTime lastDigest = now.toLocalDate().atTime(properties.digestTime());
            if (lastDigest.isAfter(now)) {
                lastDigest = lastDigest.minusDays(1);
            }
            // the notices first: a digest marks them and writes its mails in one transaction, so once they
            // are marked its mails are there to wait for; asked the other way round, a digest composed
            // between the two questions was never waited for
            return notices.findByInDigestTrueAndDigestedAtIsNullAndCreatedAtBeforeOrderByRecipientAscIdAsc(lastDigest)
                            .isEmpty()
                    && mails.countByStatusAndNextAttemptAtLessThanEqual(NoticeMail.Status.PENDING, now) == 0;
        });
    }

    private static String text(Part part) throws Exception {
        return content(part, "text/plain");
    }

    private static String html(Part part) throws Exception {
        return content(part, "text/html");
    }

    private static String content(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = content(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
