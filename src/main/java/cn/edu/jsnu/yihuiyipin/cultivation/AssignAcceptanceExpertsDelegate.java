package cn.edu.jsnu.yihuiyipin.cultivation;

import cn.edu.jsnu.yihuiyipin.cultivation.BrandCultivationProcess.Vars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 分派验收专家 ({@code Task_AssignAcceptanceExperts}, async before so it runs without the unit's
 * login and an empty panel becomes a retryable incident): every member of {@code expertGroup}
 * except the members of the project's own {@code unitGroup} (回避). Writes
 * {@code acceptanceExperts}, a JSON list of user ids.
 */
@Component
class AssignAcceptanceExpertsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AssignAcceptanceExpertsDelegate.class);

    private final IdentityService identityService;

    AssignAcceptanceExpertsDelegate(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String expertGroup = (String) execution.getVariable(Vars.EXPERT_GROUP);
        String unitGroup = (String) execution.getVariable(Vars.UNIT_GROUP);
        Set<String> recused = identityService.createUserQuery().memberOfGroup(unitGroup).list().stream()
                .map(User::getId).collect(Collectors.toSet());
        List<String> experts = new ArrayList<>(identityService.createUserQuery().memberOfGroup(expertGroup)
                .orderByUserId().asc().list().stream().map(User::getId).filter(id -> !recused.contains(id)).toList());
        if (experts.isEmpty()) {
            throw new IllegalStateException("专家组 " + expertGroup + " 中没有可参加验收的专家（已回避本单位成员），请补充专家后重试。");
        }
        // Java serialization is off; a JSON list is what the multi-instance collection reads back
        execution.setVariable(Vars.ACCEPTANCE_EXPERTS, Variables.objectValue(experts)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        log.info("{}: acceptance experts {} (recused {})", execution.getBusinessKey(), experts, recused);
    }
}
