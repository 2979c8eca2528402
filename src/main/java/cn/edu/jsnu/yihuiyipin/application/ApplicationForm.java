package cn.edu.jsnu.yihuiyipin.application;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.project.ApplicationContent;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.ProjectRecords;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** 附件1 as the unit submitted it (填报项目申报表 or 调整项目方案), checked by {@link ApplicationValidator}. */
@Component
class ApplicationForm {

    private final ProjectRecords records;
    private final ApplicationValidator validator;

    ApplicationForm(ProjectRecords records, ApplicationProperties properties) {
        this.records = records;
        this.validator = new ApplicationValidator(properties.maxBudget());
    }

    /** The content to save, or an {@link InvalidTaskInputException} saying in Chinese what is wrong. */
    ApplicationContent read(VariableScope scope) {
        return read(scope, records.round(ROUND_ID.get(scope)), records.unit(UNIT_CODE.get(scope)));
    }

    /**
     * As {@link #read(VariableScope)}, with the instance's round and unit the caller has already loaded
     * (a unit is found by its code, a query Hibernate does not answer from the persistence context).
     */
    ApplicationContent read(VariableScope scope, BrandRound round, GrassrootsUnit unit) {
        Long previousBrandId =
                records.previousBrand(round, unit).map(BrandProject::getId).orElse(null);
        ApplicationValidator.Result result = validator.validate(scope.getVariables(), previousBrandId);
        if (result instanceof ApplicationValidator.Invalid invalid) {
            throw new InvalidTaskInputException(invalid.message());
        }
        return ((ApplicationValidator.Valid) result).content();
    }
}
