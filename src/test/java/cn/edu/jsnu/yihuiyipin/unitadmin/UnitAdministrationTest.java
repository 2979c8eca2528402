package cn.edu.jsnu.yihuiyipin.unitadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.edu.jsnu.yihuiyipin.unit.Channel;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnitRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 单位管理: an admin adds, renames, moves and deactivates a unit; its Camunda group follows at once, with
 * the Tasklist access and filter every unit group has; every change is recorded with who and when.
 * Nobody else may change units, and bad input gets a Chinese 400/404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class UnitAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GrassrootsUnitRepository units;

    @Autowired
    UnitChangeRepository changes;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    private final List<String> added = new ArrayList<>();

    /** Units are never deleted; a test's units are deactivated so no later round invites them. */
    @AfterEach
    void deactivateTheTestsUnits() {
        for (String code : added) {
            units.findByCode(code).filter(GrassrootsUnit::isActive).ifPresent(unit -> {
                unit.setActive(false);
                units.save(unit);
            });
        }
    }

    @Test
    void anAddedUnitHasItsTasklistGroupAtOnceAndTheChangeIsRecorded() throws Exception {
        String code = newCode();

        mvc.perform(as(
                        "admin-a",
                        "camunda-admin",
                        post("/app/admin/units")
                                .param("code", code)
                                .param("name", "美术学院分工会" + code)
                                .param("channel", "UNION")))
                .andExpect(status().is3xxRedirection());

        GrassrootsUnit unit = units.findByCode(code).orElseThrow();
        assertThat(unit.getChannel()).isEqualTo(Channel.UNION);
        assertThat(unit.isActive()).isTrue();
        assertThat(unit.getGroupId()).isEqualTo("unit-" + code);
        Group group =
                identityService.createGroupQuery().groupId(unit.getGroupId()).singleResult();
        assertThat(group).isNotNull();
        assertThat(group.getName()).isEqualTo("美术学院分工会" + code);
        assertThat(identityService
                        .createTenantQuery()
                        .groupMember(unit.getGroupId())
                        .list())
                .as("its applications run in its channel's tenant")
                .extracting(Tenant::getId)
                .containsExactly("union");
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .groupIdIn(unit.getGroupId())
                        .resourceType(Resources.APPLICATION)
                        .resourceId("tasklist")
                        .hasPermission(Permissions.ACCESS)
                        .count())
                .isEqualTo(1);
        Filter unitFilter =
                filterService.createFilterQuery().filterName("本单位任务").singleResult();
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .groupIdIn(unit.getGroupId())
                        .resourceType(Resources.FILTER)
                        .resourceId(unitFilter.getId())
                        .hasPermission(Permissions.READ)
                        .count())
                .isEqualTo(1);
        assertThat(changes.findByUnitIdOrderByChangedAtDescIdDesc(unit.getId()))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.getAction()).isEqualTo(UnitChange.Action.ADDED);
                    assertThat(change.getChangedBy()).isEqualTo("admin-a");
                    assertThat(change.getChangedAt()).isNotNull();
                });
    }

    @Test
    void renamingMovingAndDeactivatingFollowInTheGroupAndTheHistory() throws Exception {
        String code = newCode();
        mvc.perform(as(
                "admin-a",
                "camunda-admin",
                post("/app/admin/units")
                        .param("code", code)
                        .param("name", "体育学院妇委会" + code)
                        .param("channel", "WOMEN")));
        long id = units.findByCode(code).orElseThrow().getId();

        mvc.perform(as(
                        "admin-b",
                        "camunda-admin",
                        post("/app/admin/units/" + id + "/name").param("name", "体育学院妇委会（新）" + code)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(
                        "admin-b",
                        "camunda-admin",
                        post("/app/admin/units/" + id + "/channel").param("channel", "UNION")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("admin-c", "camunda-admin", post("/app/admin/units/" + id + "/deactivation")))
                .andExpect(status().is3xxRedirection());

        GrassrootsUnit unit = units.findById(id).orElseThrow();
        assertThat(identityService
                        .createTenantQuery()
                        .groupMember("unit-" + code)
                        .list())
                .as("the new channel's tenant at once, the old one kept for the unit's earlier tasks")
                .extracting(Tenant::getId)
                .containsExactlyInAnyOrder("union", "women");
        assertThat(unit.getName()).isEqualTo("体育学院妇委会（新）" + code);
        assertThat(unit.getChannel()).isEqualTo(Channel.UNION);
        assertThat(unit.isActive()).isFalse();
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("unit-" + code)
                        .singleResult()
                        .getName())
                .isEqualTo("体育学院妇委会（新）" + code);
        assertThat(changes.findByUnitIdOrderByChangedAtDescIdDesc(id))
                .extracting(UnitChange::getAction, UnitChange::getChangedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnitChange.Action.DEACTIVATED, "admin-c"),
                        org.assertj.core.groups.Tuple.tuple(UnitChange.Action.CHANNEL_CHANGED, "admin-b"),
                        org.assertj.core.groups.Tuple.tuple(UnitChange.Action.RENAMED, "admin-b"),
                        org.assertj.core.groups.Tuple.tuple(UnitChange.Action.ADDED, "admin-a"));
        mvc.perform(as("admin-a", "camunda-admin", get("/app/admin/units/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("校妇联 → 校工会")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("admin-c")));
    }

    @Test
    void onlyAdminsSeeOrChangeUnits() throws Exception {
        long id = units.findByCode("wxy-gh").orElseThrow().getId();
        for (String group : List.of("union-office", "experts-union", "unit-wxy-gh")) {
            mvc.perform(as("someone", group, get("/app/admin/units")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("只有系统管理员")));
            mvc.perform(as(
                            "someone",
                            group,
                            post("/app/admin/units/" + id + "/name").param("name", "被篡改的名称")))
                    .andExpect(status().isForbidden());
        }
        assertThat(units.findById(id).orElseThrow().getName()).isEqualTo("文学院分工会");
    }

    @Test
    void badInputIsRefusedInChinese() throws Exception {
        String code = newCode();
        record Case(MockHttpServletRequestBuilder request, int status, String message) {}
        List<Case> cases = List.of(
                new Case(
                        post("/app/admin/units")
                                .param("code", "Bad Code")
                                .param("name", "某某分工会")
                                .param("channel", "UNION"),
                        400,
                        "单位代码"),
                new Case(
                        post("/app/admin/units")
                                .param("code", "wxy-gh")
                                .param("name", "某某分工会")
                                .param("channel", "UNION"),
                        400,
                        "已被使用"),
                new Case(
                        post("/app/admin/units")
                                .param("code", code)
                                .param("name", "文学院分工会")
                                .param("channel", "UNION"),
                        400,
                        "已有名为"),
                new Case(
                        post("/app/admin/units")
                                .param("code", code)
                                .param("name", " ")
                                .param("channel", "UNION"),
                        400,
                        "单位名称"),
                new Case(
                        post("/app/admin/units")
                                .param("code", code)
                                .param("name", "某某分工会")
                                .param("channel", "PARTY"),
                        400,
                        "channel"),
                new Case(post("/app/admin/units").param("code", code).param("name", "某某分工会"), 400, "channel"),
                new Case(post("/app/admin/units/999999999/name").param("name", "某某分工会"), 404, "单位不存在"),
                new Case(post("/app/admin/units/abc/name").param("name", "某某分工会"), 400, "参数"),
                new Case(get("/app/admin/units/999999999"), 404, "单位不存在"));
        for (Case c : cases) {
            mvc.perform(as("admin-a", "camunda-admin", c.request()))
                    .andExpect(status().is(c.status()))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(c.message())));
        }
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() throws Exception {
        String code = newCode();
        mvc.perform(post("/app/admin/units")
                        .with(user("admin-a").authorities(new SimpleGrantedAuthority("GROUP_camunda-admin")))
                        .param("code", code)
                        .param("name", "某某分工会" + code)
                        .param("channel", "UNION"))
                .andExpect(status().isForbidden());
        assertThat(units.findByCode(code)).isEmpty();
    }

    private String newCode() {
        String code = "t" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        added.add(code);
        return code;
    }

    private static MockHttpServletRequestBuilder as(
            String userId, String group, MockHttpServletRequestBuilder request) {
        RequestPostProcessor signedIn = user(userId).authorities(new SimpleGrantedAuthority("GROUP_" + group));
        return request.with(signedIn).with(csrf());
    }
}
