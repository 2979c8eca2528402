package cn.edu.jsnu.yihuiyipin.ledger;

import cn.edu.jsnu.yihuiyipin.access.ProjectScope;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.unit.GrassrootsUnit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's queries: a viewer's scope and the request's filters become one WHERE clause, used for
 * the page (one query for its rows, one for the count), the export and the filter choices. Rows are
 * read as {@link LedgerRow} directly, so a page costs two queries whatever its size.
 */
@Repository
public class ProjectLedger {

    private final EntityManager entityManager;

    public ProjectLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public LedgerPage page(ProjectScope scope, LedgerQuery query) {
        if (scope.isEmpty()) {
            return new LedgerPage(List.of(), query.page(), query.size(), 0);
        }
        long total = count(scope, query);
        List<LedgerRow> rows = total == 0
                ? List.of()
                : rows(scope, query)
                        .setFirstResult((query.page() - 1) * query.size())
                        .setMaxResults(query.size())
                        .getResultList();
        return new LedgerPage(rows, query.page(), query.size(), total);
    }

    /** Every matching row in the query's order, streamed from the database (the Excel export). */
    @Transactional(readOnly = true)
    public void forEach(ProjectScope scope, LedgerQuery query, Consumer<LedgerRow> consumer) {
        if (scope.isEmpty()) {
            return;
        }
        try (Stream<LedgerRow> rows = rows(scope, query).getResultStream()) {
            rows.forEach(consumer);
        }
    }

    /** Every matching row (a unit's history: a few per year). */
    @Transactional(readOnly = true)
    public List<LedgerRow> all(ProjectScope scope, LedgerQuery query) {
        return scope.isEmpty() ? List.of() : rows(scope, query).getResultList();
    }

    /** The years the viewer has projects in, newest first: the year filter's choices. */
    @Transactional(readOnly = true)
    public List<Integer> years(ProjectScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Integer> select = cb.createQuery(Integer.class);
        Root<BrandProject> project = select.from(BrandProject.class);
        Join<BrandProject, BrandRound> round = project.join("round");
        Join<BrandProject, GrassrootsUnit> unit = project.join("unit");
        select.select(round.get("year"))
                .distinct(true)
                .where(inScope(cb, project, round, unit, scope))
                .orderBy(cb.desc(round.get("year")));
        return entityManager.createQuery(select).getResultList();
    }

    /** The units the viewer has projects of, in the programme's order: the unit filter's choices. */
    @Transactional(readOnly = true)
    public List<UnitChoice> units(ProjectScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UnitChoice> select = cb.createQuery(UnitChoice.class);
        Root<BrandProject> project = select.from(BrandProject.class);
        Join<BrandProject, BrandRound> round = project.join("round");
        Join<BrandProject, GrassrootsUnit> unit = project.join("unit");
        select.select(cb.construct(UnitChoice.class, unit.get("code"), unit.get("name"), unit.get("sortOrder")))
                .distinct(true)
                .where(inScope(cb, project, round, unit, scope))
                .orderBy(cb.asc(unit.get("sortOrder")), cb.asc(unit.get("code")));
        return entityManager.createQuery(select).getResultList();
    }

    /** A unit in the filter's list. */
    public record UnitChoice(String code, String name, int sortOrder) {}

    private jakarta.persistence.TypedQuery<LedgerRow> rows(ProjectScope scope, LedgerQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<LedgerRow> select = cb.createQuery(LedgerRow.class);
        Root<BrandProject> project = select.from(BrandProject.class);
        Join<BrandProject, BrandRound> round = project.join("round");
        Join<BrandProject, GrassrootsUnit> unit = project.join("unit");
        select.select(cb.construct(
                        LedgerRow.class,
                        project.get("id"),
                        round.get("year"),
                        unit.get("code"),
                        unit.get("name"),
                        project.get("channel"),
                        project.get("category"),
                        project.get("name"),
                        project.get("leader"),
                        project.get("status"),
                        project.get("requestedBudget"),
                        project.get("approvedFunding"),
                        project.get("reviewScore"),
                        project.get("acceptanceScore"),
                        project.get("acceptancePassed"),
                        project.get("awardTier"),
                        project.get("awardAmount"),
                        project.get("cityRecommended"),
                        project.get("continuesBrand"),
                        project.get("continuedProjectId")))
                .where(where(cb, project, round, unit, scope, query))
                .orderBy(order(cb, project, round, unit, query));
        return entityManager.createQuery(select);
    }

    private long count(ProjectScope scope, LedgerQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<BrandProject> project = select.from(BrandProject.class);
        Join<BrandProject, BrandRound> round = project.join("round");
        Join<BrandProject, GrassrootsUnit> unit = project.join("unit");
        select.select(cb.count(project)).where(where(cb, project, round, unit, scope, query));
        return entityManager.createQuery(select).getSingleResult();
    }

    private static Predicate where(
            CriteriaBuilder cb,
            Root<BrandProject> project,
            Join<BrandProject, BrandRound> round,
            Join<BrandProject, GrassrootsUnit> unit,
            ProjectScope scope,
            LedgerQuery query) {
        List<Predicate> all = new ArrayList<>();
        all.add(inScope(cb, project, round, unit, scope));
        if (query.year() != null) {
            all.add(cb.equal(round.get("year"), query.year()));
        }
        if (query.channel() != null) {
            all.add(cb.equal(project.get("channel"), query.channel()));
        }
        if (query.category() != null) {
            all.add(cb.equal(project.get("category"), query.category()));
        }
        if (query.status() != null) {
            all.add(cb.equal(project.get("status"), query.status()));
        }
        if (query.unitCode() != null) {
            all.add(cb.equal(unit.get("code"), query.unitCode()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** {@link ProjectScope} as SQL: any of its parts admits a project (the same rule as ProjectAccess.canView). */
    private static Predicate inScope(
            CriteriaBuilder cb,
            Root<BrandProject> project,
            Join<BrandProject, BrandRound> round,
            Join<BrandProject, GrassrootsUnit> unit,
            ProjectScope scope) {
        if (scope.everything()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (!scope.channels().isEmpty()) {
            any.add(project.get("channel").in(scope.channels()));
        }
        if (!scope.unitGroups().isEmpty()) {
            any.add(unit.get("groupId").in(scope.unitGroups()));
        }
        for (ProjectScope.ReviewedProject reviewed : scope.reviewed()) {
            any.add(cb.and(
                    cb.equal(round.get("year"), reviewed.year()), cb.equal(unit.get("code"), reviewed.unitCode())));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /** The chosen column, then the programme's order (newest year, units as listed), then the id: stable pages. */
    private static List<Order> order(
            CriteriaBuilder cb,
            Root<BrandProject> project,
            Join<BrandProject, BrandRound> round,
            Join<BrandProject, GrassrootsUnit> unit,
            LedgerQuery query) {
        List<Order> orders = new ArrayList<>();
        if (query.sort() != null) {
            Expression<?> column = switch (query.sort()) {
                case YEAR -> round.get("year");
                case UNIT -> unit.get("sortOrder");
                case CATEGORY -> project.get("category");
                case STATUS -> project.get("status");
                case REQUESTED -> project.get("requestedBudget");
                case APPROVED -> project.get("approvedFunding");
                case REVIEW_SCORE -> project.get("reviewScore");
                case ACCEPTANCE_SCORE -> project.get("acceptanceScore");
                case AWARD -> project.get("awardAmount");
            };
            orders.add(query.descending() ? cb.desc(column) : cb.asc(column));
        }
        orders.add(
                query.sort() == null && !query.descending() ? cb.asc(round.get("year")) : cb.desc(round.get("year")));
        orders.add(cb.asc(unit.get("sortOrder")));
        orders.add(cb.asc(project.get("id")));
        return orders;
    }
}
