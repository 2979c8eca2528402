package cn.edu.jsnu.yihuiyipin.roundexport;

import cn.edu.jsnu.yihuiyipin.access.BadRequestException;
import cn.edu.jsnu.yihuiyipin.access.NotFoundException;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import cn.edu.jsnu.yihuiyipin.dashboard.ChannelScope;
import cn.edu.jsnu.yihuiyipin.project.BrandRound;
import cn.edu.jsnu.yihuiyipin.project.BrandRoundRepository;
import cn.edu.jsnu.yihuiyipin.unit.Channel;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A round's exports for the offices and admins: 立项名单及建设经费 and 表彰名单 (Excel, a sheet per channel)
 * and the ZIP of all 附件. An office gets its channel; asking for the other one is refused.
 */
@Controller
class RoundExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BrandRoundRepository rounds;
    private final RoundListWorkbooks workbooks;
    private final RoundAttachmentsZip zip;

    RoundExportController(BrandRoundRepository rounds, RoundListWorkbooks workbooks, RoundAttachmentsZip zip) {
        this.rounds = rounds;
        this.workbooks = workbooks;
        this.zip = zip;
    }

    /** {@code approved.xlsx} (立项名单及建设经费) or {@code awards.xlsx} (表彰名单), a sheet per channel. */
    @GetMapping("/app/rounds/{year}/{list:approved|awards}.xlsx")
    void list(
            Viewer viewer,
            @PathVariable int year,
            @PathVariable("list") String name,
            @RequestParam(required = false) Channel channel,
            HttpServletResponse response)
            throws IOException {
        List<Channel> channels = ChannelScope.of(viewer, channel);
        BrandRound round = round(year);
        RoundList list = RoundList.valueOf(name.toUpperCase(Locale.ROOT));
        start(response, XLSX, year + "年度一会一品" + list.title + suffix(channel) + ".xlsx");
        if (list == RoundList.APPROVED) {
            workbooks.approvedList(round, channels, response.getOutputStream());
        } else {
            workbooks.awardList(round, channels, response.getOutputStream());
        }
    }

    /** The round's two lists, by the name in their address. */
    private enum RoundList {
        APPROVED("立项名单及建设经费"),
        AWARDS("表彰名单");

        final String title;

        RoundList(String title) {
            this.title = title;
        }
    }

    @GetMapping("/app/rounds/{year}/attachments.zip")
    void attachments(
            Viewer viewer,
            @PathVariable int year,
            @RequestParam(required = false) Channel channel,
            HttpServletResponse response)
            throws IOException {
        List<Channel> channels = ChannelScope.of(viewer, channel);
        BrandRound round = round(year);
        start(response, "application/zip", year + "年度一会一品全部附件" + suffix(channel) + ".zip");
        zip.write(round, channels, response.getOutputStream());
    }

    private BrandRound round(int year) {
        if (year < 2000 || year > 9999) {
            throw new BadRequestException("年度无效。");
        }
        return rounds.findByYear(year).orElseThrow(() -> new NotFoundException(year + " 年度尚无活动。"));
    }

    private static String suffix(Channel channel) {
        return channel == null ? "" : "-" + channel.label();
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
