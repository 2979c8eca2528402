package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.ProjectCategory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationValidatorTest {

    private final ApplicationValidator validator = new ApplicationValidator(new BigDecimal("50000"));

    private static Map<String, Object> valid() {
        Map<String, Object> form = new HashMap<>();
        form.put(PROJECT_NAME.name(), "教工读书会");
        form.put(CATEGORY.name(), "IDEOLOGY");
        form.put(LEADER.name(), "李老师");
        form.put(PHONE.name(), "0516-83500000");
        form.put(FOUNDATION.name(), "基础");
        form.put(GOALS.name(), "目标");
        form.put(PLAN.name(), "方案");
        form.put(EXPECTED_RESULTS.name(), "成果");
        form.put(REQUESTED_BUDGET.name(), 8000.5);
        return form;
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(REQUESTED_BUDGET.name(), -1, "申请建设经费必须大于0元"),
                Arguments.of(REQUESTED_BUDGET.name(), 0, "申请建设经费必须大于0元"),
                Arguments.of(REQUESTED_BUDGET.name(), 50000.01, "申请建设经费不能超过50000元"),
                Arguments.of(REQUESTED_BUDGET.name(), 10.001, "申请建设经费最多精确到分"),
                Arguments.of(REQUESTED_BUDGET.name(), null, "请填写申请建设经费"),
                Arguments.of(CATEGORY.name(), null, "请选择项目类别"),
                Arguments.of(CATEGORY.name(), "SPORTS", "请选择项目类别"),
                Arguments.of(PROJECT_NAME.name(), "  ", "请填写项目名称"),
                Arguments.of(PROJECT_NAME.name(), "名".repeat(101), "项目名称不能超过100字"),
                Arguments.of(LEADER.name(), null, "请填写项目负责人"),
                Arguments.of(PHONE.name(), "1391234567", "联系电话格式不正确"),
                Arguments.of(PHONE.name(), "电话", "联系电话格式不正确"),
                Arguments.of(PHONE.name(), null, "请填写联系电话"),
                Arguments.of(PLAN.name(), "", "请填写实施方案"),
                Arguments.of(CONTINUES_BRAND.name(), true, "不能选择“延续往年品牌”"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("problems")
    void refusesWithTheReason(String field, Object value, String reason) {
        Map<String, Object> form = valid();
        form.put(field, value);

        ApplicationValidator.Result result = validator.validate(form, null);

        assertThat(result).isInstanceOf(ApplicationValidator.Invalid.class);
        assertThat(((ApplicationValidator.Invalid) result).message()).contains(reason);
    }

    @ParameterizedTest
    @MethodSource("phones")
    void acceptsTheUsualPhoneFormats(String phone) {
        Map<String, Object> form = valid();
        form.put(PHONE.name(), phone);
        assertThat(validator.validate(form, null)).isInstanceOf(ApplicationValidator.Valid.class);
    }

    static Stream<String> phones() {
        return Stream.of("13912345678", "0516-83500000", "051683500000", "8350");
    }

    @Test
    void validApplicationBecomesContent() {
        ApplicationValidator.Result result = validator.validate(valid(), null);

        ApplicationContent content = ((ApplicationValidator.Valid) result).content();
        assertThat(content.category()).isEqualTo(ProjectCategory.IDEOLOGY);
        assertThat(content.requestedBudget()).isEqualByComparingTo("8000.50");
        assertThat(content.continuedProjectId()).isNull();
    }

    @Test
    void continuingABrandLinksTheEarlierProject() {
        Map<String, Object> form = valid();
        form.put(CONTINUES_BRAND.name(), true);

        ApplicationContent content = ((ApplicationValidator.Valid) validator.validate(form, 42L)).content();

        assertThat(content.continuesBrand()).isTrue();
        assertThat(content.continuedProjectId()).isEqualTo(42L);
    }

    @Test
    void allProblemsAreListedAtOnce() {
        ApplicationValidator.Invalid invalid = (ApplicationValidator.Invalid) validator.validate(new HashMap<>(), null);
        assertThat(invalid.problems()).hasSize(9);
    }
}
