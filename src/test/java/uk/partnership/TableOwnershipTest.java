package uk.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module boundaries in SQL, which no bytecode rule sees: every table belongs to one module, only its owner
 * writes it, and a feature reads no other feature's table (it asks that feature's public API instead). Base
 * modules' tables (schools, settings) are reference data that any module may read in its own queries.
 */
class TableOwnershipTest {

    static final Path SOURCES = Path.of("src/main/java/uk/partnership");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("partnership", "base.partnership"), Map.entry("partnership_aim", "base.partnership"),
            Map.entry("partnership_link", "base.partnership"), Map.entry("term_break", "base.partnership"),
            Map.entry("school", "base.schools"), Map.entry("school_slug_history", "base.schools"),
            Map.entry("audit_entry", "base.audit"), Map.entry("mail_outbox", "base.mail"),
            Map.entry("form_submission", "base.web"), Map.entry("image", "base.images"),
            Map.entry("image_variant", "base.images"), Map.entry("document", "base.documents"),
            Map.entry("category", "features.events"), Map.entry("event", "features.events"),
            Map.entry("event_host", "features.events"), Map.entry("event_series", "features.events"),
            Map.entry("event_slug_history", "features.events"), Map.entry("category_slug_history", "features.events"),
            Map.entry("venue", "features.events"),
            Map.entry("import_source", "features.imports"), Map.entry("import_item", "features.imports"),
            Map.entry("search_word", "pages"),
            Map.entry("news_post", "features.news"), Map.entry("news_post_school", "features.news"),
            Map.entry("news_slug_history", "features.news"), Map.entry("news_post_event", "features.news"),
            Map.entry("programme_page", "features.programmes"),
            Map.entry("programme_slug_history", "features.programmes"),
            Map.entry("programme_page_series", "features.programmes"),
            Map.entry("proposal", "features.proposals"), Map.entry("proposal_history", "features.proposals"),
            Map.entry("proposal_message", "features.proposals"), Map.entry("proposal_date", "features.proposals"),
            Map.entry("account", "features.accounts"), Map.entry("account_token", "features.accounts"),
            Map.entry("throttle_bucket", "features.accounts"),
            Map.entry("impact_record", "features.impact"), Map.entry("impact_request", "features.impact"),
            Map.entry("impact_setting", "features.impact"),
            Map.entry("spring_session", "config"), Map.entry("spring_session_attributes", "config"));

    static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(\\w+)");
    static final Pattern WRITTEN = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate)\\s+(\\w+)");

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.forEach(file -> {
                Matcher m = CREATED.matcher(read(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            });
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNERS.keySet()).as("add a new table to OWNERS with the module that owns it").containsAll(created);
    }

    @Test
    void onlyTheOwnerWritesATable() {
        assertThat(crossings(WRITTEN, false)).isEmpty();
    }

    @Test
    void aModuleReadsOnlyItsOwnTablesAndTheBaseModules() {
        assertThat(crossings(READ, true)).isEmpty();
    }

    /** Table uses in a module's code of a table it does not own (allowing base modules' tables if asked). */
    static List<String> crossings(Pattern statement, boolean baseAllowed) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String module = Modules.of("uk.partnership." + SOURCES.relativize(file.getParent()).toString()
                        .replace('/', '.'));
                if (module == null) {
                    return;
                }
                Matcher m = statement.matcher(read(file));
                while (m.find()) {
                    String owner = OWNERS.get(m.group(1).toLowerCase());
                    boolean allowed = owner == null || owner.equals(module)
                            || (baseAllowed && Modules.layer(owner).equals("base"));
                    if (!allowed) {
                        found.add(SOURCES.relativize(file) + " uses " + m.group(1) + " of " + owner + ": \""
                                + m.group() + "\"");
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
