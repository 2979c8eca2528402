package cn.edu.jsnu.yihuiyipin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.people.TestPeople;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.support.WebSession;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard, the round's exports and units administration over real HTTP with the shared sign-in:
 * an office gets its channel and is refused the other, a unit is refused, and a unit an admin adds can
 * sign in to Tasklist at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProgrammePagesHttpTest {

    static final String OFFICE = "http-union-office";
    static final String UNIT = "http-unit-wxy";
    static final String ADMIN = "http-admin";
    static final String NEW_MEMBER = "http-new-unit-member";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    TestRounds testRounds;

    @Autowired
    GrassrootsUnitRepository units;

    @AfterEach
    void forgetUsers() {
        TestPeople.forget(identityService, authorizationService, OFFICE, UNIT, ADMIN, NEW_MEMBER);
    }

    @Test
    void anOfficeGetsItsChannelAndAUnitNothing() throws Exception {
        TestPeople.user(identityService, OFFICE, "校工会干事", "union-office");
        TestPeople.user(identityService, UNIT, "分工会干事", "unit-wxy-gh");
        BrandRound round = testRounds.newRound();
        testRounds.publishedProject(round, "wxy-gh", "书香文苑读书会");
        testRounds.publishedProject(round, "wxy-fw", "巾帼书香");
        String year = String.valueOf(round.getYear());

        WebSession office = new WebSession(port);
        office.signIn(OFFICE, TestPeople.password(OFFICE));
        HttpResponse<String> dashboard = office.get("/app/dashboard?year=" + year);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("文学院分工会").doesNotContain("文学院妇委会");
        HttpResponse<byte[]> list = office.download("/app/rounds/" + year + "/approved.xlsx");
        assertThat(list.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("校工会");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("书香文苑读书会");
        }
        HttpResponse<String> otherChannel = office.get("/app/rounds/" + year + "/approved.xlsx?channel=WOMEN");
        assertThat(otherChannel.statusCode()).isEqualTo(403);
        assertThat(otherChannel.body()).contains("您无权查看校妇联");
        assertThat(office.get("/app/admin/units").statusCode()).isEqualTo(403);

        WebSession unit = new WebSession(port);
        unit.signIn(UNIT, TestPeople.password(UNIT));
        assertThat(unit.get("/app/dashboard").statusCode()).isEqualTo(403);
        assertThat(unit.download("/app/rounds/" + year + "/approved.xlsx").statusCode())
                .isEqualTo(403);
        assertThat(unit.download("/app/rounds/" + year + "/attachments.zip").statusCode())
                .isEqualTo(403);

        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/app/dashboard").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/public/" + year + "/approved").statusCode()).isEqualTo(404);
    }

    @Test
    void aUnitAnAdminAddsCanUseTasklistAtOnce() {
        TestPeople.user(identityService, ADMIN, "管理员", "camunda-admin");
        String code = "h" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        WebSession admin = new WebSession(port);
        admin.signIn(ADMIN, TestPeople.password(ADMIN));
        assertThat(admin.get("/app/admin/units").statusCode()).isEqualTo(200);

        HttpResponse<String> added =
                admin.postForm("/app/admin/units", Map.of("code", code, "name", "新设分工会" + code, "channel", "UNION"));

        try {
            assertThat(added.statusCode()).isEqualTo(302);
            assertThat(admin.get("/app/admin/units").body())
                    .contains("新设分工会" + code)
                    .contains(ADMIN);
            TestPeople.user(identityService, NEW_MEMBER, "新单位干事", "unit-" + code);
            WebSession member = new WebSession(port);
            assertThat(member.camundaLogin("tasklist", NEW_MEMBER, TestPeople.password(NEW_MEMBER))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> filters = member.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
            assertThat(filters.statusCode()).isEqualTo(200);
            assertThat(filters.body()).contains("本单位任务");
        } finally {
            units.findByCode(code).ifPresent(unit -> {
                unit.setActive(false);
                units.save(unit);
            });
        }
    }
}
