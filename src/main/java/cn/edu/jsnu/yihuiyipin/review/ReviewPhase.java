package cn.edu.jsnu.yihuiyipin.review;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.ProcessVariable;
import java.util.List;

/** The two times a panel scores a project; each with its criteria and the form field of the opinion. */
public enum ReviewPhase {
    /** 评审立项, April. */
    APPROVAL("立项评审", List.of(ApprovalCriterion.values()), BrandApplicationProcess.Vars.REVIEW_OPINION, "评审意见"),
    /** 评估验收, January of the next year. */
    ACCEPTANCE("验收评审", List.of(AcceptanceCriterion.values()), BrandCultivationProcess.Vars.ACCEPTANCE_OPINION, "验收意见");

    private final String label;
    private final List<ReviewCriterion> criteria;
    private final ProcessVariable<String> opinion;
    private final String opinionLabel;

    ReviewPhase(
            String label,
            List<? extends ReviewCriterion> criteria,
            ProcessVariable<String> opinion,
            String opinionLabel) {
        this.label = label;
        this.criteria = List.copyOf(criteria);
        this.opinion = opinion;
        this.opinionLabel = opinionLabel;
    }

    public String label() {
        return label;
    }

    public List<ReviewCriterion> criteria() {
        return criteria;
    }

    ProcessVariable<String> opinion() {
        return opinion;
    }

    String opinionLabel() {
        return opinionLabel;
    }
}
