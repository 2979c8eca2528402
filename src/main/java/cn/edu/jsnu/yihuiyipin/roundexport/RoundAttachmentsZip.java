package cn.edu.jsnu.yihuiyipin.roundexport;

import cn.edu.jsnu.yihuiyipin.dashboard.RoundStage;
import cn.edu.jsnu.yihuiyipin.project.BrandProject;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.projectpage.AttachmentDocuments;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All 附件 of a round for an office: per submitted application its 附件1, and its 附件2 once summarized,
 * in a folder per channel, the same printed-form documents as the project page offers. Streams entry by entry; one document in memory at a time.
 */
@Service
public class RoundAttachmentsZip {

    private final RoundExportQueries queries;
    private final AttachmentDocuments attachments;

    RoundAttachmentsZip(RoundExportQueries queries, AttachmentDocuments attachments) {
        this.queries = queries;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    public void write(BrandRound round, List<Channel> channels, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Channel channel : channels) {
            for (BrandProject project : queries.inStatuses(round.getId(), channel, RoundStage.appliedStatuses())) {
                String prefix = channel.label() + "/" + safe(project.getUnit().getName()) + "-";
                entry(zip, prefix + "附件1-项目创建申报表.docx", attachments.attachment1(project));
                if (attachments.hasSummary(project)) {
                    entry(zip, prefix + "附件2-项目验收总结表.docx", attachments.attachment2(project));
                }
            }
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Unit names become file names: no path separators or characters Windows refuses. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }
}
