package cn.edu.jsnu.yihuiyipin.notices;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice, or a day's digest, into a Chinese mail: Thymeleaf templates under
 * {@code templates/mail/} in text and HTML. An engine of its own, so the web pages' resolver and
 * cache settings never decide what a mail looks like.
 */
final class MailTemplates {

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    RenderedMail notice(String displayName, NoticeMessage message) {
        Context context = context(displayName);
        context.setVariable("notice", message);
        return new RenderedMail(
                "【一会一品】" + message.subject(), text.process("notice", context), html.process("notice", context));
    }

    RenderedMail digest(String displayName, List<Notice> notices) {
        Context context = context(displayName);
        context.setVariable("notices", notices);
        return new RenderedMail(
                "【一会一品】今日新任务汇总（" + notices.size() + " 项）",
                text.process("digest", context),
                html.process("digest", context));
    }

    private static Context context(String displayName) {
        Context context = new Context();
        context.setVariables(Map.of("name", displayName));
        return context;
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        // SpringTemplateEngine: expressions in SpEL (plain Thymeleaf would need OGNL on the classpath)
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
