package cn.edu.jsnu.yihuiyipin.process;

import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.date;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.id;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.integer;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.text;

import java.util.Date;

/**
 * Variables more than one process carries: brand-round passes them to brand-application and
 * brand-cultivation, and {@code people.ProtectedVariables} checks those that route work against the
 * business key and the database.
 */
public final class SharedVariables {

    /** Id of the {@code BrandRound}. */
    public static final ProcessVariable<Long> ROUND_ID = id("roundId");

    public static final ProcessVariable<Integer> ROUND_YEAR = integer("roundYear");
    public static final ProcessVariable<String> UNIT_CODE = text("unitCode");
    public static final ProcessVariable<String> UNIT_NAME = text("unitName");
    /** Candidate group of the unit's tasks. */
    public static final ProcessVariable<String> UNIT_GROUP = text("unitGroup");
    /** Candidate group of the office's tasks: the channel's office. */
    public static final ProcessVariable<String> OFFICE_GROUP = text("officeGroup");
    /** The channel's expert panel. */
    public static final ProcessVariable<String> EXPERT_GROUP = text("expertGroup");
    /** Id of the {@code BrandProject}, once the application is saved. */
    public static final ProcessVariable<Long> PROJECT_ID = id("projectId");

    public static final ProcessVariable<String> PROJECT_NAME = text("projectName");

    // the round's schedule; brand-round's start form sends them as yyyy-MM-dd text, OpenRoundDelegate writes dates
    public static final ProcessVariable<Date> APPLICATION_DEADLINE = date("applicationDeadline");
    public static final ProcessVariable<Date> REVIEW_START = date("reviewStart");
    public static final ProcessVariable<Date> REVIEW_DEADLINE = date("reviewDeadline");
    public static final ProcessVariable<Date> ACCEPTANCE_START = date("acceptanceStart");
    public static final ProcessVariable<Date> ACCEPTANCE_DEADLINE = date("acceptanceDeadline");

    private SharedVariables() {}
}
