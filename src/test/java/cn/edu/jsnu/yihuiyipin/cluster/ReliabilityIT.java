package cn.edu.jsnu.yihuiyipin.cluster;

import static org.assertj.core.api.Assertions.*;

import cn.edu.jsnu.yihuiyipin.cluster.hook.CrashPoints;
import cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess;
import cn.edu.jsnu.yihuiyipin.support.MariaDbAvailable;
import cn.edu.jsnu.yihuiyipin.support.ScratchDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reliability on MariaDB with application nodes started from the built jar (README, "Reliability").
 * Tag {@code cluster}, left out of a plain {@code ./mvnw verify}; {@code ./mvnw -B verify
 * -Dgroups=cluster} builds the jar and runs it (CI: {@code .ci/run}, last step). Skipped with the
 * reason where no MariaDB answers ({@link MariaDbAvailable}).
 *
 * <ul>
 * <li>Reference: one node, one uninterrupted round driven by {@link RoundDriver}.</li>
 * <li>kill -9: the same node, a second round of the same script; the JVM is killed in the middle of
 * 核定建设经费 and again in the middle of 评选表彰 (a test-only hook holds the step after its writes
 * reached the database uncommitted) and started again; the outcome equals the reference.</li>
 * <li>Two nodes: two JVMs start together on an empty database with the demo profile; groups,
 * authorizations, filters, users and the demo round exist once; the demo round is driven with every
 * call going to the other node than the last, both job executors on; the outcome equals the
 * reference, every job ran once, both nodes ran jobs, no user call failed.</li>
 * </ul>
 */
@Tag("cluster")
@ExtendWith(MariaDbAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ReliabilityIT {

    /** A start-up takes 20–40 s on two idle cores; the margin is for a busy machine. */
    static final Duration START = Duration.ofMinutes(5);
    /** The longest any one step may take (a timer or a job to run, a task to appear). */
    static final Duration STEP = Duration.ofMinutes(3);

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final List<ScratchDatabase> databases = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<RoundDriver> drivers = new ArrayList<>();

    private ScratchDatabase singleDatabase;
    private Node single;
    private RoundDriver singleDriver;
    private Path crashPoints;
    private int referenceYear;
    private RoundOutcome reference;

    @BeforeAll
    void oneNodeRunsTheReferenceRound() throws Exception {
        singleDatabase = database();
        crashPoints = Files.createDirectories(Path.of("target", "cluster", "crash-points"));
        clear(crashPoints);
        single = node(new Node.Spec(
                "single",
                "mysql",
                environment(singleDatabase),
                List.of(
                        "--" + CrashPoints.DIRECTORY + "=" + crashPoints.toAbsolutePath(),
                        // a job locked by a killed node runs again once its lock expires (default 5 minutes)
                        "--camunda.bpm.job-execution.lock-time-in-millis=20000"),
                hook()));
        single.awaitUp(START);
        singleDriver = driver(List.of(single));
        singleDriver.ensureUsers();

        referenceYear = LocalDate.now(SHANGHAI).getYear() + 1;
        String round = singleDriver.openRound(referenceYear);
        singleDriver.runWholeRound(round);
        reference = outcome(singleDatabase, referenceYear);

        // the rules' results, so that equal runs cannot both be wrong: scores 95, 85, 90 take 100 %, 80 %, 100 %
        // of 12000, 15000, 10000 = 34000 > 30000, scaled by 30/34 and rounded down to 100 yuan
        assertThat(reference.roundStatus()).isEqualTo("CLOSED");
        assertThat(reference.projects().get("wxy-gh"))
                .extracting(RoundOutcome.Project::approvedFunding, RoundOutcome.Project::status)
                .containsExactly("10500", "AWARDED");
        assertThat(reference.projects().get("jsj-gh"))
                .extracting(RoundOutcome.Project::approvedFunding, RoundOutcome.Project::status)
                .containsExactly("10500", "AWARDED");
        assertThat(reference.projects().get("wgy-fw"))
                .extracting(RoundOutcome.Project::approvedFunding, RoundOutcome.Project::status)
                .containsExactly("8800", "FAILED");
        assertThat(reference.projects().get("wxy-gh").awardTier()).isEqualTo("FIRST");
        assertThat(reference.projects().get(RoundDriver.DECLINER).status()).isEqualTo("NOT_APPLYING");
        assertThat(reference.elementRuns())
                .containsEntry("brand-round round " + BrandRoundProcess.Elements.TASK_ALLOCATE_FUNDING, 1)
                .containsEntry("brand-round round " + BrandRoundProcess.Elements.TASK_RANK_AWARDS, 1);
        assertNoIncidentAndEveryJobRanOnce(singleDatabase, referenceYear);
    }

    @AfterAll
    void stopEverything() {
        drivers.forEach(RoundDriver::close);
        nodes.forEach(Node::close);
        for (ScratchDatabase database : databases) {
            try {
                database.close();
            } catch (SQLException e) {
                System.err.println("could not drop " + database.name() + ": " + e.getMessage());
            }
        }
    }

    @Test
    void killedDuringFundingAndDuringRanking_nothingIsLostOrDoubled() throws Exception {
        int year = referenceYear + 1;
        String round = singleDriver.openRound(year);
        arm(BrandRoundProcess.Elements.TASK_ALLOCATE_FUNDING);
        arm(BrandRoundProcess.Elements.TASK_RANK_AWARDS);

        // 核定建设经费: the job has written every project's funding and the round's status, uncommitted
        singleDriver.applyAndReview(round);
        awaitPaused(BrandRoundProcess.Elements.TASK_ALLOCATE_FUNDING);
        assertThat(fundedProjects(year)).as("uncommitted funding is invisible").isZero();
        single.kill9();
        assertThat(fundedProjects(year))
                .as("the database rolled the dead node's work back")
                .isZero();
        single.restart().awaitUp(START);
        singleDriver.awaitApprovedList(round);

        // 评选表彰, the same way
        singleDriver.confirmListAndAccept(round);
        awaitPaused(BrandRoundProcess.Elements.TASK_RANK_AWARDS);
        assertThat(awardedProjects(year)).isZero();
        single.kill9();
        assertThat(awardedProjects(year)).isZero();
        single.restart().awaitUp(START);
        singleDriver.awaitAwardConfirmation(round);
        singleDriver.confirmAwards(round);

        assertThat(outcome(singleDatabase, year))
                .as("a round interrupted twice ends as the uninterrupted one")
                .isEqualTo(reference);
        assertNoIncidentAndEveryJobRanOnce(singleDatabase, year);
    }

    @Test
    void twoNodesStartTogetherOnAnEmptyDatabase_createEverythingOnce_andRunARoundOnce() throws Exception {
        ScratchDatabase shared = database();
        Map<String, String> environment = environment(shared);
        List<String> arguments = List.of(
                "--yihui.round.default-funding-pool=" + RoundDriver.POOL,
                // the demo's round untouched (no story: no last year, nobody has applied yet), dated from
                // today on, so that no timer falls due on its own during the test
                "--yihui.demo.story=false");
        Node a = node(new Node.Spec("node-a", "mysql,demo", environment, arguments, null));
        Node b = node(new Node.Spec("node-b", "mysql,demo", environment, arguments, null));
        a.awaitUp(START);
        b.awaitUp(START);

        int year = LocalDate.now(SHANGHAI).getYear();
        RoundDriver driver = driver(List.of(a, b));
        String round = driver.awaitOpenRound(year);
        // the applications start in jobs of their own, which either node may still be running
        driver.awaitApplicationsStarted(round);
        try (Connection db = connect(shared)) {
            assertThat(strings(db, "select concat(NAME_, ' x', count(*)) from ACT_RU_FILTER group by NAME_"))
                    .as("each Tasklist filter once")
                    .containsExactlyInAnyOrder(
                            "我的待办 x1",
                            "本单位任务 x1",
                            "专家评审 x1",
                            "校工会全部任务 x1",
                            "校妇联全部任务 x1",
                            "校工会渠道全部待办 x1",
                            "校妇联渠道全部待办 x1",
                            "演示时间 x1");
            assertThat(count(
                            db,
                            "select count(*) from ACT_RU_FILTER f where not exists (select 1 from"
                                    + " ACT_RU_AUTHORIZATION a where a.RESOURCE_TYPE_ = 5 and a.RESOURCE_ID_ = f.ID_)"))
                    .as("every filter is granted")
                    .isZero();
            assertThat(count(
                            db,
                            "select count(*) from grassroots_unit u where u.active = true and not exists (select 1"
                                    + " from ACT_ID_GROUP g where g.ID_ = u.group_id)"))
                    .as("a group for every unit")
                    .isZero();
            assertThat(count(db, "select count(*) from ACT_ID_USER"))
                    .as("admin and the nine demo users")
                    .isEqualTo(10);
            assertThat(count(db, "select count(*) from brand_round"))
                    .as("one demo round")
                    .isOne();
            assertThat(count(
                            db,
                            "select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ ="
                                    + " p.PROC_DEF_ID_ where d.KEY_ = 'brand-round'"))
                    .isOne();
            assertThat(count(
                            db,
                            "select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ ="
                                    + " p.PROC_DEF_ID_ where d.KEY_ = 'brand-application'"))
                    .isEqualTo(count(db, "select count(*) from grassroots_unit where active = true"));
        }

        driver.ensureUsers();
        driver.runWholeRound(round);

        assertThat(outcome(shared, year))
                .as("two nodes end the round as one node does")
                .isEqualTo(reference);
        assertNoIncidentAndEveryJobRanOnce(shared, year);
        try (Connection db = connect(shared)) {
            assertThat(RoundOutcome.strings(
                            db,
                            "select distinct HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and"
                                    + " ROOT_PROC_INST_ID_ = ? order by HOSTNAME_",
                            round))
                    .as("both job executors worked")
                    .containsExactly("node-a", "node-b");
        }
    }

    // ---- checks

    private void assertNoIncidentAndEveryJobRanOnce(ScratchDatabase database, int year) throws SQLException {
        try (Connection db = connect(database)) {
            String round = RoundOutcome.strings(
                            db, "select process_instance_id from brand_round where round_year = ?", year)
                    .get(0);
            assertThat(RoundOutcome.strings(
                            db,
                            "select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and ROOT_PROC_INST_ID_ = ?"
                                    + " group by JOB_ID_ having count(*) > 1",
                            round))
                    .as("no job succeeded twice")
                    .isEmpty();
            assertThat(count(db, "select count(*) from ACT_HI_INCIDENT"))
                    .as("no incident")
                    .isZero();
            assertThat(count(db, "select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null"))
                    .as("no failing job")
                    .isZero();
            System.out.printf(
                    "%d: %d jobs ran, %d attempts were rolled back and repeated%n",
                    year,
                    count(db, "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2"),
                    count(db, "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1"));
        }
    }

    private long fundedProjects(int year) throws SQLException {
        try (Connection db = connect(singleDatabase)) {
            return count(
                    db,
                    "select count(*) from brand_project p join brand_round r on r.id = p.round_id where r.round_year = "
                            + year + " and p.approved_funding is not null");
        }
    }

    private long awardedProjects(int year) throws SQLException {
        try (Connection db = connect(singleDatabase)) {
            return count(
                    db,
                    "select count(*) from brand_project p join brand_round r on r.id = p.round_id where r.round_year = "
                            + year + " and p.award_tier is not null");
        }
    }

    // ---- the crash points (cluster/hook/CrashPoints on the node's loader.path)

    private void arm(String activityId) throws IOException {
        Files.writeString(crashPoints.resolve(activityId + ".arm"), "kill me here");
    }

    private void awaitPaused(String activityId) {
        Path paused = crashPoints.resolve(activityId + ".paused");
        Instant deadline = Instant.now().plus(STEP);
        while (!Files.exists(paused)) {
            if (!single.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the node never reached " + activityId + ":\n" + single.tail());
            }
            Node.sleep(Duration.ofMillis(100));
        }
    }

    /** Copies the test-only hook package out of target/test-classes, so the node gets it and nothing else. */
    private static Path hook() throws IOException, URISyntaxException {
        Path classes = Path.of(CrashPoints.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String packagePath = CrashPoints.class.getPackageName().replace('.', '/');
        Path target = Path.of("target", "cluster", "hook");
        Path into = Files.createDirectories(target.resolve(packagePath));
        try (Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static void clear(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    // ---- resources, closed after all tests

    private ScratchDatabase database() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        databases.add(database);
        return database;
    }

    private Node node(Node.Spec spec) {
        Node node = Node.start(spec);
        nodes.add(node);
        return node;
    }

    private RoundDriver driver(List<Node> on) {
        RoundDriver driver = new RoundDriver(new Rest(on), STEP);
        drivers.add(driver);
        return driver;
    }

    private static Map<String, String> environment(ScratchDatabase database) {
        Map<String, String> environment = new HashMap<>();
        database.applicationProperties().forEach((key, value) -> environment.put(key, String.valueOf(value)));
        return environment;
    }

    private static RoundOutcome outcome(ScratchDatabase database, int year) {
        return RoundOutcome.read(database.jdbcUrl(), MariaDbAvailable.user(), MariaDbAvailable.password(), year);
    }

    private static Connection connect(ScratchDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), MariaDbAvailable.user(), MariaDbAvailable.password());
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                var result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
