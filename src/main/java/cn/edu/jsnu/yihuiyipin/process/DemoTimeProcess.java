package cn.edu.jsnu.yihuiyipin.process;

import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.flag;
import static cn.edu.jsnu.yihuiyipin.process.ProcessVariable.text;

/**
 * {@code bpmn/demo-time.bpmn} 演示时间 (demo profile only): the admin's standing task
 * 演示：进入下一阶段, which fires the next phase's timers of the current round (demo/DemoClock).
 */
public final class DemoTimeProcess {

    public static final String KEY = "demo-time";

    public static final class Elements {
        public static final String START = "StartEvent_DemoTime";
        public static final String TASK_ADVANCE = "Task_AdvanceDemo";
        public static final String TASK_FIRE_NEXT_PHASE = "Task_FireNextPhase";
        public static final String GATEWAY_ROUND_OPEN = "Gateway_RoundOpen";
        public static final String END = "EndEvent_DemoOver";

        private Elements() {}
    }

    public static final class Vars {
        /** Markdown: what the last 进入下一阶段 fired and what it led to. */
        public static final ProcessVariable<String> LAST_STEP = text("demoLastStep");
        /** Markdown: the round's phase now and what the next 进入下一阶段 would fire. */
        public static final ProcessVariable<String> NEXT_STEP = text("demoNextStep");
        /** Whether a round is still open: without one the demo's time has nothing left to move. */
        public static final ProcessVariable<Boolean> ROUND_OPEN = flag("demoRoundOpen");

        private Vars() {}
    }

    private DemoTimeProcess() {}
}
