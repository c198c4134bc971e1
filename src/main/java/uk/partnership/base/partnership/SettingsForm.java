package uk.partnership.base.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.SingleLine;
import uk.partnership.base.web.WebAddress;

/**
 * The settings page's one form: the partnership's details, then its aims, social links, funders and partners
 * as rows. Every list always ends with {@link #SPARE_ROWS} empty rows, so a coordinator can add an item
 * without JavaScript; an empty row is ignored, clearing a row removes it, and rows are saved in the order of
 * their position numbers (a row without one keeps its place).
 * <p>
 * Every field is text, as typed, so nothing can fail to bind and everything typed comes back on the page.
 * Simple rules are Bean Validation; the rows and the launch date are checked by {@link #checkRowsAndDate}.
 *
 * @param version the version of the settings when the form was opened; empty on a new installation
 */
public record SettingsForm(
        @NotBlank(message = "{admin.settings.name.required}")
        @Size(max = 200, message = "{admin.settings.name.tooLong}") @SingleLine String name,
        @NotBlank(message = "{admin.settings.shortName.required}")
        @Size(max = 60, message = "{admin.settings.shortName.tooLong}") @SingleLine String shortName,
        @Size(max = 300, message = "{admin.settings.strapline.tooLong}") @SingleLine String strapline,
        @Size(max = SettingsForm.ABOUT_LENGTH, message = "{admin.settings.about.tooLong}") String about,
        String launchedOn,
        @Size(max = 500, message = "{admin.settings.launchNote.tooLong}") @SingleLine String launchNote,
        @Size(max = 200, message = "{admin.settings.contactName.tooLong}") @SingleLine String contactName,
        @Email(message = "{admin.settings.contactEmail.invalid}")
        @Size(max = 320, message = "{admin.settings.contactEmail.invalid}") @SingleLine String contactEmail,
        List<@Valid AimRow> aims,
        List<@Valid LinkRow> socialLinks,
        List<@Valid LinkRow> funders,
        List<@Valid LinkRow> partners,
        String version) {

    static final int SPARE_ROWS = 2;
    static final int ABOUT_LENGTH = 20_000;
    static final int AIM_TEXT_LENGTH = 2_000;
    static final int MAX_POSITION = 999;

    /** The lists by the names their fields have on the page, for the messages that name a row. */
    enum RowList {
        AIMS("aims"), SOCIAL_LINKS("socialLinks"), FUNDERS("funders"), PARTNERS("partners");

        private final String field;

        RowList(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }

        /** "aim 2", "funder 1"…: what the messages call row {@code index}. */
        DefaultMessageSourceResolvable row(int index) {
            return new DefaultMessageSourceResolvable(new String[] {"admin.settings." + field + ".row"},
                    new Object[] {index + 1});
        }
    }

    public SettingsForm {
        name = line(name);
        shortName = line(shortName);
        strapline = line(strapline);
        about = text(about);
        launchedOn = line(launchedOn);
        launchNote = line(launchNote);
        contactName = line(contactName);
        contactEmail = line(contactEmail);
        aims = withSpareRows(aims, AimRow::isEmpty, AimRow.EMPTY);
        socialLinks = withSpareRows(socialLinks, LinkRow::isEmpty, LinkRow.EMPTY);
        funders = withSpareRows(funders, LinkRow::isEmpty, LinkRow.EMPTY);
        partners = withSpareRows(partners, LinkRow::isEmpty, LinkRow.EMPTY);
        version = line(version);
    }

    /** An aim as typed. Its position is text so that anything typed comes back to be corrected. */
    public record AimRow(@SingleLine String position, @SingleLine String title, String body) {

        static final AimRow EMPTY = new AimRow("", "", "");

        public AimRow {
            position = line(position);
            title = line(title);
            body = text(body);
        }

        boolean isEmpty() {
            return title.isEmpty() && body.isEmpty();
        }
    }

    /** A social link, funder or partner as typed. */
    public record LinkRow(@SingleLine String position, @SingleLine String name, @SingleLine String url,
                   @SingleLine String description) {

        static final LinkRow EMPTY = new LinkRow("", "", "", "");

        public LinkRow {
            position = line(position);
            name = line(name);
            url = line(url);
            description = line(description);
        }

        boolean isEmpty() {
            return name.isEmpty() && url.isEmpty() && description.isEmpty();
        }
    }

    /** The launch date typed in the date box ({@link FormDates}); null when empty or not a date. */
    @Nullable LocalDate launchDay() {
        return FormDates.day(launchedOn);
    }

    /**
     * The rules Bean Validation cannot express: a row that is not empty needs its name or title, a web address
     * must be an http(s) one, a position must be a whole number, and a launch date must be a real date.
     * Messages name the row ("Enter a name for funder 2"), because the error summary lists them all.
     */
    void checkRowsAndDate(Errors errors) {
        checkLaunchDate(errors);
        for (int i = 0; i < aims.size(); i++) {
            AimRow aim = aims.get(i);
            if (aim.isEmpty()) {
                continue;
            }
            String field = "aims[" + i + "].";
            Object[] row = {RowList.AIMS.row(i)};
            checkPosition(aim.position(), field + "position", row, errors);
            if (aim.title().isEmpty()) {
                errors.rejectValue(field + "title", "admin.settings.aim.title.required", row, null);
            } else if (aim.title().length() > 100) {
                errors.rejectValue(field + "title", "admin.settings.aim.title.tooLong", row, null);
            }
            if (aim.body().length() > AIM_TEXT_LENGTH) {
                errors.rejectValue(field + "body", "admin.settings.aim.body.tooLong", row, null);
            }
        }
        checkLinks(RowList.SOCIAL_LINKS, socialLinks, errors);
        checkLinks(RowList.FUNDERS, funders, errors);
        checkLinks(RowList.PARTNERS, partners, errors);
    }

    /** The aims to save, in order: empty rows left out, the rest sorted by position. */
    List<AimRow> aimsInOrder() {
        return inOrder(aims, AimRow::isEmpty, AimRow::position);
    }

    static List<LinkRow> linksInOrder(List<LinkRow> rows) {
        return inOrder(rows, LinkRow::isEmpty, LinkRow::position);
    }

    /** The version the form was opened at, or null for a form opened before the settings existed. */
    @Nullable Long openedAtVersion() {
        try {
            return version.isEmpty() ? null : Long.valueOf(version);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private void checkLaunchDate(Errors errors) {
        FormDates.day(errors, "launchedOn", launchedOn, null, "admin.settings.launchedOn.invalid");
    }

    private static void checkLinks(RowList list, List<LinkRow> rows, Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            LinkRow link = rows.get(i);
            if (link.isEmpty()) {
                continue;
            }
            String field = list.field() + "[" + i + "].";
            Object[] row = {list.row(i)};
            checkPosition(link.position(), field + "position", row, errors);
            if (link.name().isEmpty()) {
                errors.rejectValue(field + "name", "admin.settings.link.name.required", row, null);
            } else if (link.name().length() > 200) {
                errors.rejectValue(field + "name", "admin.settings.link.name.tooLong", row, null);
            }
            if (link.url().isEmpty() && list == RowList.SOCIAL_LINKS) {
                // The footer links to each social account: one without an address would be a dead link.
                errors.rejectValue(field + "url", "admin.settings.link.url.required", row, null);
            } else if (link.url().length() > 500) {
                errors.rejectValue(field + "url", "admin.settings.link.url.tooLong", row, null);
            } else if (!link.url().isEmpty() && !WebAddress.Validator.isWebAddress(link.url())) {
                errors.rejectValue(field + "url", "admin.settings.link.url.invalid", row, null);
            }
            if (link.description().length() > 500) {
                errors.rejectValue(field + "description", "admin.settings.link.description.tooLong", row, null);
            }
        }
    }

    private static void checkPosition(String position, String field, Object[] row, Errors errors) {
        if (!position.isEmpty() && position(position) == null) {
            errors.rejectValue(field, "admin.settings.position.invalid", row, null);
        }
    }

    private static @Nullable Integer position(String position) {
        if (!position.matches("\\d{1,3}")) {
            return null;
        }
        int number = Integer.parseInt(position);
        return number >= 1 && number <= MAX_POSITION ? number : null;
    }

    /** Rows that are not empty, sorted by their position; a row without a valid one sorts as its row number. */
    private static <R> List<R> inOrder(List<R> rows, Function<R, Boolean> isEmpty, Function<R, String> position) {
        return IntStream.range(0, rows.size())
                .filter(i -> !isEmpty.apply(rows.get(i)))
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> {
                    Integer typed = position(position.apply(rows.get(i)));
                    return typed == null ? i + 1 : typed;
                }).thenComparingInt(i -> i))
                .map(rows::get)
                .toList();
    }

    /** The rows as bound (null where a row was missing), made whole, with spare empty rows at the end. */
    private static <R> List<R> withSpareRows(@Nullable List<R> rows, Function<R, Boolean> isEmpty, R empty) {
        List<R> whole = new ArrayList<>();
        if (rows != null) {
            rows.forEach(row -> whole.add(row == null ? empty : row));
        }
        int spare = 0;
        for (int i = whole.size() - 1; i >= 0 && isEmpty.apply(whole.get(i)); i--) {
            spare++;
        }
        for (; spare < SPARE_ROWS; spare++) {
            whole.add(empty);
        }
        return List.copyOf(whole);
    }

    private static String line(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** Multi-line text: line endings made \n and trailing space dropped; leading space can matter in Markdown. */
    private static String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return value.replace("\r\n", "\n").stripTrailing();
    }
}
