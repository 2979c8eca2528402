package cn.edu.jsnu.yihuiyipin.round;

import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Elements.*;
import static cn.edu.jsnu.yihuiyipin.process.BrandRoundProcess.Vars.*;
import static cn.edu.jsnu.yihuiyipin.process.SharedVariables.*;

import cn.edu.jsnu.yihuiyipin.system.FormValues;
import cn.edu.jsnu.yihuiyipin.system.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes 立项公示审定 ({@code Task_ConfirmApprovedList}): only an explicit confirmation publishes. */
@Component
class ApprovedListConfirmationListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!FormValues.flag(APPROVED_LIST_CONFIRMED.raw(task))) {
            throw new InvalidTaskInputException("请勾选“已审核，同意公布立项名单及建设经费”后再提交");
        }
    }
}
