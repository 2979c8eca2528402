package cn.edu.jsnu.yihuiyipin.people;

import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.PROJECT_ID;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.UNIT_CODE;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts every brand-application and brand-cultivation instance in its channel's tenant, the unit's
 * ({@code unitCode}) or the project's ({@code projectId}); the round's own instance, which serves both
 * channels, has none. Why tenants: an office reads and hands on every task of its channel, and as one
 * grant per task those grants grew with the open tasks until Camunda's authorization join took half a
 * minute for the office's list (docs/benchmark.md). With the tenant the office holds one grant per
 * definition and the tenant check (an indexed {@code TENANT_ID_ in (…)}) keeps the other channel out.
 * The definitions stay shared (deployed without a tenant). The tenants themselves and their members come
 * from {@link IdentityBootstrap}.
 */
@Component
class ChannelTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

    // looked up when an instance starts: the repositories are not ready while the engine is being built
    private final ObjectProvider<ProtectedVariables> guard;
    private final ObjectProvider<BrandProjectRepository> projects;

    ChannelTenantIdProvider(ObjectProvider<ProtectedVariables> guard, ObjectProvider<BrandProjectRepository> projects) {
        this.guard = guard;
        this.projects = projects;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Optional<Channel> channel = switch (ctx.getProcessDefinition().getKey()) {
            case BrandApplicationProcess.KEY ->
                UNIT_CODE
                        .find(ctx.getVariables())
                        .flatMap(code -> guard.getObject().channelOfUnit(code));
            case BrandCultivationProcess.KEY ->
                PROJECT_ID
                        .find(ctx.getVariables())
                        .flatMap(id -> projects.getObject().findById(id))
                        .map(BrandProject::getChannel);
            default -> Optional.empty();
        };
        return channel.map(Channel::tenantId).orElse(null);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    /** A decision evaluated in a channel's instance belongs to that channel, like the instance's history. */
    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution == null ? null : execution.getTenantId();
    }
}
