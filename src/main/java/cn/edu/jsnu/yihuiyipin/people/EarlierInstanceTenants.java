package cn.edu.jsnu.yihuiyipin.people;

import cn.edu.jsnu.yihuiyipin.process.BrandApplicationProcess;
import cn.edu.jsnu.yihuiyipin.process.BrandCultivationProcess;
import cn.edu.jsnu.yihuiyipin.process.BusinessKey;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the running brand-application and brand-cultivation instances started before channels had
 * tenants their channel's tenant, once, when this version first starts. Without it such an instance's
 * tasks, having no tenant, would pass every office's tenant check, and the offices' grants on the two
 * definitions would show each office the other channel's earlier tasks. The engine has no API to move a
 * running instance into a tenant, so its runtime rows are updated directly, before the job executor runs;
 * in a cluster, start the first node of this version with the others stopped. History keeps no tenant
 * (only admins read it).
 */
final class EarlierInstanceTenants {

    private static final Logger log = LoggerFactory.getLogger(EarlierInstanceTenants.class);

    /** Camunda's runtime tables with a tenant, and the column naming the process instance. */
    private static final Map<String, String> RUNTIME_TABLES = Map.of(
            "ACT_RU_EXECUTION", "PROC_INST_ID_",
            "ACT_RU_TASK", "PROC_INST_ID_",
            "ACT_RU_VARIABLE", "PROC_INST_ID_",
            "ACT_RU_JOB", "PROCESS_INSTANCE_ID_",
            "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_",
            "ACT_RU_INCIDENT", "PROC_INST_ID_",
            "ACT_RU_EXT_TASK", "PROC_INST_ID_");

    private final JdbcTemplate jdbc;

    EarlierInstanceTenants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void assign() {
        List<Map<String, Object>> instances = jdbc.queryForList(
                "select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_ and TENANT_ID_ is null"
                        + " and (PROC_DEF_ID_ like ? or PROC_DEF_ID_ like ?)",
                BrandApplicationProcess.KEY + ":%",
                BrandCultivationProcess.KEY + ":%");
        if (instances.isEmpty()) {
            return;
        }
        Map<String, Channel> channels = jdbc
                .query(
                        "select code, channel from grassroots_unit",
                        (rs, row) -> Map.entry(rs.getString("code"), Channel.valueOf(rs.getString("channel"))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int assigned = 0;
        for (Map<String, Object> instance : instances) {
            Optional<Channel> channel = BusinessKey.parse((String) instance.get("BUSINESS_KEY_"))
                    .map(BusinessKey::unitCode)
                    .map(channels::get);
            if (channel.isEmpty()) {
                continue;
            }
            String instanceId = (String) instance.get("ID_");
            String tenant = channel.get().tenantId();
            RUNTIME_TABLES.forEach((table, column) -> jdbc.update(
                    "update " + table + " set TENANT_ID_ = ? where " + column + " = ? and TENANT_ID_ is null",
                    tenant,
                    instanceId));
            jdbc.update(
                    "update ACT_RU_IDENTITYLINK set TENANT_ID_ = ? where TENANT_ID_ is null"
                            + " and TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)",
                    tenant,
                    instanceId);
            assigned++;
        }
        log.info("Channel tenants given to {} of {} instances started before tenants", assigned, instances.size());
    }
}
