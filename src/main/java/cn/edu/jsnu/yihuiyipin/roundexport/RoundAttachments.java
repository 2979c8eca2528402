package cn.edu.jsnu.yihuiyipin.roundexport;

import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import java.util.Optional;

/**
 * The Word documents of a project that go into the round's ZIP: 附件1 项目创建申报表 always, 附件2
 * 项目验收总结表 once the unit submitted its summary. {@link PlainRoundAttachments} writes simple ones;
 * the printed-form documents of the project page can stand in for it.
 */
public interface RoundAttachments {

    /** 附件1 as a .docx. */
    byte[] attachment1(BrandProject project);

    /** 附件2 as a .docx, or empty while the project has no summary. */
    Optional<byte[]> attachment2(BrandProject project);
}
