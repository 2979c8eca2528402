package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.project.BrandProjectRepository;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A tenant per channel for the units' instances ({@link ChannelTenantIdProvider}); the tenants themselves and their members come from {@link IdentityBootstrap}. */
@Component
class ChannelTenantsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ProtectedVariables> guard;
    private final ObjectProvider<BrandProjectRepository> projects;

    ChannelTenantsPlugin(ObjectProvider<ProtectedVariables> guard, ObjectProvider<BrandProjectRepository> projects) {
        this.guard = guard;
        this.projects = projects;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new ChannelTenantIdProvider(guard, projects));
    }
}
