package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads lives in messages.properties: a template may hold text only inside an element
 * whose content Thymeleaf replaces, and every message key it names must exist.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    /** Attributes a person reads or hears; each must come from a th: attribute. */
    static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "value");

    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsContent(element) || insideReplacedElement(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (text.text().codePoints().anyMatch(Character::isLetter)) {
                        problems.add(template + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : READABLE_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
                        problems.add(template + ": <" + element.tagName() + " " + attribute + "=\""
                                + element.attr(attribute) + "\">");
                    }
                }
            }
        }
        assertThat(problems).as("text that should be a message in messages.properties").isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        var messages = new Properties();
        try (var reader = Files.newBufferedReader(MESSAGES)) {
            messages.load(reader);
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(template + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
    }

    /** A fragment called like an element ("input", "select") would also select every such element. */
    @Test
    void noFragmentIsNamedLikeAnHtmlElement() throws IOException {
        List<String> clashes = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.select("[th:fragment]")) {
                String name = element.attr("th:fragment").replaceFirst("\\(.*", "").strip();
                if (org.jsoup.parser.Tag.isKnownTag(name)) {
                    clashes.add(template + ": " + name);
                }
            }
        }
        assertThat(clashes).as("fragments named like HTML elements").isEmpty();
    }

    @Test
    void noMessageKeyIsDefinedTwice() throws IOException {
        List<String> keys = Files.readAllLines(MESSAGES).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .toList();
        assertThat(keys).as("keys defined more than once (the last would silently win)").doesNotHaveDuplicates();
    }

    /**
     * Spring reads a message with arguments through MessageFormat, where an apostrophe is written twice (a single one
     * starts a quote and vanishes), and shows one without arguments as it is written, where a doubled one shows
     * doubled ("Find a school''s details"). So each is written the way it is read (or with a typographic ’).
     */
    @Test
    void apostrophesAreWrittenAsEachMessageIsRead() throws IOException {
        var messages = new Properties();
        try (var reader = Files.newBufferedReader(MESSAGES)) {
            messages.load(reader);
        }
        Pattern argument = Pattern.compile("\\{\\d");
        List<String> wrong = new ArrayList<>();
        messages.forEach((key, value) -> {
            String text = (String) value;
            boolean formatted = argument.matcher(text).find();
            if (formatted ? text.replace("''", "").contains("'") : text.contains("''")) {
                wrong.add(key + "=" + text);
            }
        });
        assertThat(wrong).as("messages whose apostrophes would show doubled or vanish").isEmpty();
    }

    @Test
    void checkCatchesHardCodedText() {
        Document document = Jsoup.parse("<p>Hello</p><p th:text=\"#{a}\">Hello</p>", "", Parser.xmlParser());
        assertThat(replacesItsContent(document.select("p").get(0))).isFalse();
        assertThat(replacesItsContent(document.select("p").get(1))).isTrue();
    }

    private static boolean replacesItsContent(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert") || element.tagName().equals("th:block") && element.hasAttr("th:text");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (replacesItsContent(parent)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
