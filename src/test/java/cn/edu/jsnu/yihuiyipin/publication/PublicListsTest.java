package cn.edu.jsnu.yihuiyipin.publication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edu.jsnu.yihuiyipin.project.AwardTier;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatus;
import cn.edu.jsnu.yihuiyipin.project.ProjectStatusService;
import cn.edu.jsnu.yihuiyipin.project.RoundStatus;
import cn.edu.jsnu.yihuiyipin.project.RoundStatusService;
import cn.edu.jsnu.yihuiyipin.support.TestRounds;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** 公示 pages: no sign-in, shown only after publication, and only the published projects. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PublicListsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRounds testRounds;

    @Autowired
    BrandProjectRepository projects;

    @Autowired
    ProjectStatusService projectStatus;

    @Autowired
    RoundStatusService roundStatus;

    @Test
    void theApprovedListIsPublicOnlyOncePublishedAndShowsOnlyPublishedProjects() throws Exception {
        BrandRound round = testRounds.newRound();
        BrandProject approved = testRounds.approvedProject(round, "wxy-gh", "书香文苑读书会");
        BrandProject rejected = testRounds.approvedProject(round, "lsy-gh", "未立项的项目");
        projectStatus.changeStatus(rejected, ProjectStatus.REJECTED, "不予立项");
        String url = "/public/" + round.getYear() + "/approved";

        mvc.perform(get(url))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("立项名单尚未公布")))
                .andExpect(content().string(not(containsString("书香文苑读书会"))));

        approved = projectStatus.changeStatus(approved, ProjectStatus.PUBLISHED, "立项建设经费 8000.00 元");
        roundStatus.changeStatus(round.getId(), RoundStatus.PUBLISHED, "发布立项名单");

        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("书香文苑读书会")))
                .andExpect(content().string(containsString("文学院分工会")))
                .andExpect(content().string(containsString("8,000.00")))
                .andExpect(content().string(not(containsString("未立项的项目"))))
                // the application's contact details and scores are not published
                .andExpect(content().string(not(containsString("0516-83500000"))))
                .andExpect(content().string(not(containsString("王老师"))));

        // a project withdrawn during building stays on the list the school published
        projectStatus.changeStatus(approved, ProjectStatus.WITHDRAWN_BY_OFFICE, "撤项");
        roundStatus.changeStatus(round.getId(), RoundStatus.CULTIVATION, "过程培育");
        mvc.perform(get(url)).andExpect(content().string(containsString("书香文苑读书会")));
    }

    @Test
    void theAwardListIsPublicOnlyOnceTheAwardsArePublished() throws Exception {
        BrandRound round = testRounds.newRound();
        BrandProject second = testRounds.publishedProject(round, "wxy-gh", "书香文苑读书会");
        BrandProject first = testRounds.publishedProject(round, "jsj-gh", "代码工坊");
        BrandProject failed = testRounds.publishedProject(round, "hq-gh", "验收未通过的项目");
        second.recordAward(AwardTier.SECOND.name(), new BigDecimal("3000.00"), null);
        first.recordAward(AwardTier.FIRST.name(), new BigDecimal("5000.00"), null);
        second = projectStatus.changeStatus(second, ProjectStatus.PASSED, "验收通过");
        first = projectStatus.changeStatus(first, ProjectStatus.PASSED, "验收通过");
        projectStatus.changeStatus(failed, ProjectStatus.FAILED, "验收未通过");
        roundStatus.changeStatus(round.getId(), RoundStatus.AWARDING, "表彰奖励");
        String url = "/public/" + round.getYear() + "/awards";

        mvc.perform(get(url))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("表彰名单尚未公布")));

        projectStatus.changeStatus(second, ProjectStatus.AWARDED, "二等奖");
        projectStatus.changeStatus(first, ProjectStatus.AWARDED, "一等奖");
        roundStatus.changeStatus(round.getId(), RoundStatus.CLOSED, "发布表彰结果");

        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("代码工坊")))
                .andExpect(content().string(not(containsString("验收未通过的项目"))))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*一等奖.*代码工坊.*二等奖.*书香文苑读书会.*")));
    }

    @Test
    void unknownYearsAndForgedPathsAreRefusedInChinese() throws Exception {
        mvc.perform(get("/public/2001/approved"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("尚未公布")));
        mvc.perform(get("/public/abc/approved"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("参数")));
        mvc.perform(get("/public/99999999999/awards")).andExpect(status().isBadRequest());
        mvc.perform(get("/public/12/awards"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年度无效")));
        mvc.perform(get("/public/2001/ledger")).andExpect(status().isNotFound());
    }
}
