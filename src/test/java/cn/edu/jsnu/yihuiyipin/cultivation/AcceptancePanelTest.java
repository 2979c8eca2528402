package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.support.ProcessScenarioTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Puts the acceptance experts on the panels for each test and takes them off afterwards: other
 * process tests in the same database count the panels' members.
 */
public abstract class AcceptancePanelTest extends ProcessScenarioTest {

    protected static final List<String> UNION_EXPERTS =
            List.of("acc-expert-1", "acc-expert-2", "acc-expert-3", "acc-expert-4", "acc-expert-5");
    protected static final List<String> WOMEN_EXPERTS = List.of("acc-expert-w1", "acc-expert-w2", "acc-expert-w3");
    /** On the union panel and in the group of 文学院分工会, so recused from its projects. */
    protected static final String RECUSED_EXPERT = "acc-expert-wxy";

    @BeforeEach
    void joinThePanels() {
        members("experts-union", UNION_EXPERTS.toArray(String[]::new));
        members("experts-union", RECUSED_EXPERT);
        members("unit-wxy-gh", RECUSED_EXPERT);
        members("experts-women", WOMEN_EXPERTS.toArray(String[]::new));
    }

    @AfterEach
    void leaveThePanels() {
        UNION_EXPERTS.forEach(expert -> identityService.deleteMembership(expert, "experts-union"));
        identityService.deleteMembership(RECUSED_EXPERT, "experts-union");
        identityService.deleteMembership(RECUSED_EXPERT, "unit-wxy-gh");
        WOMEN_EXPERTS.forEach(expert -> identityService.deleteMembership(expert, "experts-women"));
    }
}
