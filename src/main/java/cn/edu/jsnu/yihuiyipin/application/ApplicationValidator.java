package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import cn.edu.jsnu.yihuiyipin.system.FormValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks 附件1 as submitted and turns it into {@link ApplicationContent}, or says in Chinese what is wrong. */
public class ApplicationValidator {

    /** Mobile, landline with area code, or a campus short number. */
    static final Pattern PHONE_FORMAT = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{4,8})$");

    static final int MAX_TEXT = 4000;

    private final BigDecimal maxBudget;

    public ApplicationValidator(BigDecimal maxBudget) {
        this.maxBudget = maxBudget;
    }

    public sealed interface Result permits Valid, Invalid {}

    public record Valid(ApplicationContent content) implements Result {}

    public record Invalid(List<String> problems) implements Result {
        public String message() {
            return String.join("；", problems) + "。";
        }
    }

    /**
     * @param values         the submitted form variables
     * @param previousBrandId the unit's earlier approved project, if it has one (常态化建设)
     */
    public Result validate(Map<String, Object> values, Long previousBrandId) {
        List<String> problems = new ArrayList<>();
        String name = required(values, PROJECT_NAME.name(), "项目名称", 100, problems);
        ProjectCategory category = ProjectCategory.parse(FormValues.text(values.get(CATEGORY.name())))
                .orElse(null);
        if (category == null) {
            problems.add("请选择项目类别（思想引领类、建功立业类、民主管理类、文化涵育类、维权服务类、综合及其他类之一）");
        }
        String leader = required(values, LEADER.name(), "项目负责人", 50, problems);
        String phone = FormValues.text(values.get(PHONE.name()));
        if (phone == null) {
            problems.add("请填写联系电话");
        } else if (!PHONE_FORMAT.matcher(phone).matches()) {
            problems.add("联系电话格式不正确（手机号11位、座机如0516-83500000或校内短号）");
        }
        String foundation = required(values, FOUNDATION.name(), "工作基础", MAX_TEXT, problems);
        String goals = required(values, GOALS.name(), "创建目标", MAX_TEXT, problems);
        String plan = required(values, PLAN.name(), "实施方案", MAX_TEXT, problems);
        String expectedResults = required(values, EXPECTED_RESULTS.name(), "预期成果", MAX_TEXT, problems);
        BigDecimal budget = FormValues.decimal(values.get(REQUESTED_BUDGET.name()));
        if (budget == null) {
            problems.add("请填写申请建设经费");
        } else if (budget.signum() <= 0) {
            problems.add("申请建设经费必须大于0元");
        } else if (budget.compareTo(maxBudget) > 0) {
            problems.add("申请建设经费不能超过" + maxBudget.toPlainString() + "元");
        } else if (budget.scale() > 2 && budget.stripTrailingZeros().scale() > 2) {
            problems.add("申请建设经费最多精确到分");
        }
        boolean continuesBrand = FormValues.flag(values.get(CONTINUES_BRAND.name()));
        if (continuesBrand && previousBrandId == null) {
            problems.add("本单位往年没有立项的品牌，不能选择“延续往年品牌”");
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new ApplicationContent(
                category,
                name,
                leader,
                phone,
                foundation,
                goals,
                plan,
                expectedResults,
                budget.setScale(2),
                continuesBrand,
                continuesBrand ? previousBrandId : null));
    }

    private static String required(
            Map<String, Object> values, String key, String label, int maxLength, List<String> problems) {
        String text = FormValues.text(values.get(key));
        if (text == null) {
            problems.add("请填写" + label);
        } else if (text.length() > maxLength) {
            problems.add(label + "不能超过" + maxLength + "字");
        }
        return text;
    }
}
