package cn.edu.jsnu.yihuiyipin.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese webapps (README, "中文界面 / Chinese webapps"), checked against the Camunda webjar on the
 * classpath, so that an upgrade which adds, renames or rewords keys fails here, naming the app and the
 * keys, instead of showing English or raw keys to the programme's users.
 *
 * <p>Plain JUnit on classpath resources; {@code ChineseWebappsBrowserTest} looks at the running apps.
 */
class WebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What Camunda substitutes or renders: {{ name }}, ng-pluralize's {}, %s and %d, HTML tags and entities. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{.*?}}|\\{}|%[sd]|</?(?:a|b|br|code|em|i|li|p|span|strong|ul)(?:\\s[^>]*)?/?>|&[a-z]+;");

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** English plural endings ("instance" + "s"): Chinese has none, so these stay empty. */
    private static final Set<String> PLURAL_SUFFIXES = Set.of("s");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseHasExactlyTheKeysOfTheShippedEnglish(String app) throws IOException {
        Map<String, JsonNode> english = flatten(json(webjarResource(APPS + app + "/locales/en.json")));
        Map<String, JsonNode> chinese = flatten(json(ourResource(APPS + app + "/locales/zh.json")));

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(chinese.keySet());
        Set<String> extra = new TreeSet<>(chinese.keySet());
        extra.removeAll(english.keySet());
        assertThat(missing.isEmpty() && extra.isEmpty())
                .withFailMessage(
                        "%s: zh.json must have exactly the keys of the webjar's %s/locales/en.json%n"
                                + "  missing, to translate: %s%n  extra, to remove: %s",
                        app, app, missing, extra)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyTranslationKeepsThePlaceholdersAndIsChinese(String app) throws IOException {
        Map<String, JsonNode> english = flatten(json(webjarResource(APPS + app + "/locales/en.json")));
        Map<String, JsonNode> chinese = flatten(json(ourResource(APPS + app + "/locales/zh.json")));

        List<String> placeholderMismatches = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        int texts = 0;
        int withChinese = 0;
        for (Map.Entry<String, JsonNode> entry : english.entrySet()) {
            JsonNode zh = chinese.get(entry.getKey());
            if (zh == null || !entry.getValue().isTextual()) {
                continue;
            }
            String en = entry.getValue().asText();
            String ours = zh.asText();
            if (!placeholders(en).equals(placeholders(ours))) {
                placeholderMismatches.add(entry.getKey() + ": en " + placeholders(en) + ", zh " + placeholders(ours));
            }
            if (ours.isBlank() && !en.isBlank() && !PLURAL_SUFFIXES.contains(en)) {
                empty.add(entry.getKey());
            }
            texts++;
            if (CJK.matcher(ours).find()) {
                withChinese++;
            }
        }
        assertThat(placeholderMismatches)
                .as("%s: values whose placeholders differ from en.json", app)
                .isEmpty();
        assertThat(empty).as("%s: empty translations", app).isEmpty();
        // IDs, JSON, CSV, null, <, >= and product names rightly stay as they are; a copied en.json does not pass
        assertThat(withChinese * 100 / texts)
                .as("%s: per cent of zh.json's %d texts that contain Chinese", app, texts)
                .isGreaterThanOrEqualTo(90);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configMakesChineseTheDefaultWithEnglishAsFallback(String app) throws IOException {
        URL first = getClass().getClassLoader().getResource(APPS + app + "/scripts/config.js");
        assertThat(first.toString())
                .as(
                        "%s: the starter serves the first config.js on the classpath; it must be ours, not the webjar's",
                        app)
                .doesNotContain(WEBJAR);
        String config = text(first);

        assertThat(config)
                .as("%s/scripts/config.js", app)
                .containsPattern("availableLocales:\\s*\\[\\s*'zh'\\s*,\\s*'en'\\s*]")
                .containsPattern("fallbackLocale:\\s*'en'")
                // the module that lets the first available locale win over the browser's language
                .containsPattern("deps:\\s*\\[\\s*'yihui-chinese'\\s*]")
                .containsPattern("ngDeps:\\s*\\[\\s*'yihui\\.chinese'\\s*]")
                .containsPattern("'yihui-chinese':\\s*'\\.\\./yihui/chinese'")
                .containsPattern("normal:\\s*'YYYY年M月D日 HH:mm");

        String module = text(ourResource(APPS + "yihui/chinese.js"));
        assertThat(module)
                .contains("angular.module('yihui.chinese'")
                .contains(".preferredLanguage(locale)")
                .contains("getAvailableLocales()[0]")
                .contains("camDateFormat.setDateFormat(");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void endOfLifeBannerIsHidden(String app) throws IOException {
        // the class our stylesheet hides must still be the one the webjar's header renders
        String header = text(webjarResource(APPS + app + "/camunda-" + app + "-bootstrap.js"));
        assertThat(header).as("%s: the webjar's header template", app).contains("class=\"ce-eol-banner\"");

        URL first = getClass().getClassLoader().getResource(APPS + app + "/styles/user-styles.css");
        assertThat(first.toString()).as("%s: user-styles.css served first", app).doesNotContain(WEBJAR);
        assertThat(text(first))
                .as("%s/styles/user-styles.css", app)
                .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none\\s*!important;\\s*}");
    }

    // ---- resources

    /** The copy inside Camunda's webjar, even where ours comes first on the classpath. */
    private URL webjarResource(String path) throws IOException {
        for (URL url : Collections.list(getClass().getClassLoader().getResources(path))) {
            if (url.toString().contains(WEBJAR)) {
                return url;
            }
        }
        throw new AssertionError(path + " is not in " + WEBJAR + " on the test classpath");
    }

    /** The copy from this project's src/main/resources. */
    private URL ourResource(String path) throws IOException {
        for (URL url : Collections.list(getClass().getClassLoader().getResources(path))) {
            if (!url.toString().contains(WEBJAR)) {
                return url;
            }
        }
        throw new AssertionError(path + " is missing from src/main/resources");
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Camunda's en.json files start with a byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private static JsonNode json(URL url) throws IOException {
        return JSON.readTree(text(url));
    }

    /** labels.KEY, dateLocales.calendar.lastDay, dateLocales.months[0] … in file order. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(path, node);
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", ""));
        }
        Collections.sort(found);
        return found;
    }
}
