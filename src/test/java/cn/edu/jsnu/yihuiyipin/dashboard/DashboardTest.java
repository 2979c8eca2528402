package cn.edu.jsnu.yihuiyipin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 统计: the figures equal the database's, offices see their channel only, units and experts nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRounds testRounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    ProjectStatusService projectStatus;

    @Autowired
    DashboardStatistics statistics;

    BrandRound round;

    /** 校工会: one approved, one rejected; 校妇联: one awarded (一等奖). */
    @BeforeEach
    void aRound() {
        round = testRounds.newRound();
        testRounds.publishedProject(round, "wxy-gh", "书香文苑读书会");
        BrandProject rejected = testRounds.approvedProject(round, "jsj-gh", "代码工坊");
        rejected.setApprovedFunding(null);
        projectStatus.changeStatus(rejected, ProjectStatus.REJECTED, "不予立项");
        BrandProject awarded = testRounds.publishedProject(round, "wxy-fw", "巾帼书香");
        awarded.setApprovedFunding(new BigDecimal("12000.00"));
        awarded.setAcceptanceScore(new BigDecimal("92.50"));
        awarded.recordAward(AwardTier.FIRST.name(), new BigDecimal("5000.00"), null);
        projectStatus.changeStatus(awarded, ProjectStatus.AWARDED, "一等奖");
    }

    @Test
    void theFiguresAreTheDatabases() {
        Map<String, DashboardChart> charts =
                statistics.charts(round.getYear(), List.of(Channel.UNION, Channel.WOMEN)).stream()
                        .collect(Collectors.toMap(DashboardChart::id, Function.identity()));

        assertThat(charts.get("applications").columns()).containsExactly("类别", "校工会", "校妇联", "合计");
        assertThat(charts.get("applications").rows()).contains(List.of("文化涵育类", 2L, 1L, 3L));
        assertThat(charts.get("funnel").rows())
                .containsExactly(
                        List.of("提交申报", 3L),
                        List.of("形式审查通过", 3L),
                        List.of("完成专家评审", 3L),
                        List.of("立项", 2L),
                        List.of("提交验收总结", 1L),
                        List.of("验收通过", 1L),
                        List.of("获得表彰", 1L));
        BigDecimal databaseFunding = projects.findByRoundIdOrderById(round.getId()).stream()
                .filter(p -> RoundStage.approvedStatuses().contains(p.getStatus()))
                .map(BrandProject::getApprovedFunding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal chartFunding = charts.get("funding").rows().stream()
                .map(row -> (BigDecimal) row.get(1))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(chartFunding).isEqualByComparingTo(databaseFunding).isEqualByComparingTo("20000.00");
        assertThat(charts.get("funding").rows().get(0).get(0)).isEqualTo("文学院妇委会");
        assertThat(charts.get("scores").rows()).contains(List.of("80–89 分", 3L, 0L), List.of("90 分及以上", 0L, 1L));
        assertThat(charts.get("awards").rows().get(0)).containsExactly("一等奖", 1L, new BigDecimal("5000.00"));
        assertThat(charts.get("years").rows())
                .contains(List.of(round.getYear() + " 年", 3L, 2L, 1L, new BigDecimal("20000.00")));
    }

    @Test
    void anOfficeSeesItsChannelOnly() throws Exception {
        String page = "/app/dashboard?year=" + round.getYear();
        mvc.perform(as("union-office", get(page)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文学院分工会")))
                .andExpect(content().string(not(containsString("文学院妇委会"))))
                .andExpect(content().string(containsString("范围：校工会")));
        mvc.perform(as("women-office", get(page)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文学院妇委会")))
                .andExpect(content().string(not(containsString("文学院分工会"))));
        mvc.perform(as("camunda-admin", get(page)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文学院妇委会")))
                .andExpect(content().string(containsString("文学院分工会")));
        mvc.perform(as("camunda-admin", get(page + "&channel=WOMEN")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("文学院分工会"))));
    }

    @Test
    void othersAndForgedParametersAreRefusedInChinese() throws Exception {
        String page = "/app/dashboard?year=" + round.getYear();
        mvc.perform(as("union-office", get(page + "&channel=WOMEN")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权查看校妇联")));
        for (String group : List.of("unit-wxy-gh", "experts-union")) {
            mvc.perform(as(group, get(page)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("仅校工会、校妇联和系统管理员")));
        }
        mvc.perform(as("camunda-admin", get(page + "&channel=PARTY"))).andExpect(status().isBadRequest());
        mvc.perform(as("camunda-admin", get("/app/dashboard?year=abc")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("参数")));
        mvc.perform(as("camunda-admin", get("/app/dashboard?year=1999")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该年度尚无项目")));
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
    }

    @Test
    void echartsIsServedFromItsWebjar() throws Exception {
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("echarts")));
    }

    private static MockHttpServletRequestBuilder as(String group, MockHttpServletRequestBuilder request) {
        return request.with(user("viewer-" + group).authorities(new SimpleGrantedAuthority("GROUP_" + group)));
    }
}
