package uk.partnership.base.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.images.Picture;
import uk.partnership.base.audit.Change;
import uk.partnership.base.partnership.PartnershipLink.Kind;
import uk.partnership.base.partnership.SettingsForm.AimRow;
import uk.partnership.base.partnership.SettingsForm.LinkRow;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.FormDates;

/**
 * The coordinator's editing of the partnership's settings: the details row, the aims and the links, saved
 * together in one transaction with one audit entry. On a new installation the first save creates the row.
 */
@Service
class SettingsService {

    static final String ITEM = "settings";
    static final String CREATED = "created settings";
    static final String CHANGED = "changed settings";

    private final PartnershipRepository partnerships;
    private final EntityManager entities;
    private final AuditTrail audit;
    private final Clock clock;

    SettingsService(PartnershipRepository partnerships, EntityManager entities, AuditTrail audit, Clock clock) {
        this.partnerships = partnerships;
        this.entities = entities;
        this.audit = audit;
        this.clock = clock;
    }

    /** The form as the settings are now; an empty form on a new installation. */
    @Transactional(readOnly = true)
    SettingsForm form() {
        Optional<Partnership> found = partnerships.findById(Partnership.ONLY_ID);
        if (found.isEmpty()) {
            return new SettingsForm("", "", "", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(),
                    "");
        }
        Partnership partnership = found.get();
        List<PartnershipLink> links = partnerships.findLinks();
        LocalDate launchedOn = partnership.getLaunchedOn();
        return new SettingsForm(partnership.getName(), partnership.getShortName(), partnership.getStrapline(),
                partnership.getAbout(),
                launchedOn == null ? "" : FormDates.value(launchedOn),
                partnership.getLaunchNote(), partnership.getContactName(), partnership.getContactEmail(),
                numbered(partnerships.findAims().stream()
                        .map(aim -> new AimRow("", aim.getTitle(), aim.getBody())).toList(),
                        (aim, position) -> new AimRow(position, aim.title(), aim.body())),
                rows(links, Kind.SOCIAL), rows(links, Kind.FUNDER), rows(links, Kind.PARTNER),
                String.valueOf(partnership.getVersion()));
    }

    /**
     * Saves a valid form. Throws {@link EditConflictException} when the settings changed after the form was
     * opened (its version is not theirs any more). Returns false, saving nothing, when nothing differs.
     *
     * @param by the name the conflict message shows to a coordinator whose later save is refused
     */
    @Transactional
    boolean save(Actor actor, String by, SettingsForm form) {
        Optional<Partnership> found = partnerships.findForUpdate();
        Long openedAt = form.openedAtVersion();
        if (found.isPresent() && (openedAt == null || openedAt != found.get().getVersion())) {
            throw conflictWith(found.get());
        }
        Map<String, Object> before = found.map(this::snapshot).orElseGet(LinkedHashMap::new);
        Map<String, Object> after = snapshot(form);
        Map<String, Change> changes = AuditTrail.diff(before, after);
        if (changes.isEmpty()) {
            return false;
        }
        Partnership partnership = found.orElseGet(Partnership::first);
        partnership.edit(form.name(), form.shortName(), form.strapline(), form.about(), form.launchDay(),
                form.launchNote(), form.contactName(), form.contactEmail(), clock.instant(), by);
        if (found.isEmpty()) {
            entities.persist(partnership);
        }
        partnerships.deleteAims();
        partnerships.deleteLinks();
        List<AimRow> aims = form.aimsInOrder();
        for (int i = 0; i < aims.size(); i++) {
            entities.persist(new PartnershipAim(i + 1, aims.get(i).title(), aims.get(i).body()));
        }
        persistLinks(Kind.SOCIAL, form.socialLinks());
        persistLinks(Kind.FUNDER, form.funders());
        persistLinks(Kind.PARTNER, form.partners());
        audit.record(actor, found.isEmpty() ? CREATED : CHANGED, ITEM, (long) Partnership.ONLY_ID, form.name(),
                changes);
        return true;
    }

    /**
     * Shows {@code logo} as the partnership's logo (null: none), with an audit entry of its picture and alt text.
     * False, changing nothing, before the settings are first saved.
     */
    @Transactional
    boolean showLogo(Actor actor, @Nullable Picture logo) {
        Optional<Partnership> found = partnerships.findForUpdate();
        if (found.isEmpty()) {
            return false;
        }
        Partnership partnership = found.get();
        Map<String, Object> before = logoFields(partnership.logo());
        partnership.showLogo(logo, clock.instant(), actor.displayName());
        entities.flush();
        audit.record(actor, logo == null ? "logo removed" : "logo changed", ITEM, (long) Partnership.ONLY_ID,
                partnership.getName(), AuditTrail.diff(before, logoFields(logo)));
        return true;
    }

    /** The logo now shown; null when none, or before the settings are first saved. */
    @Transactional(readOnly = true)
    @Nullable Picture logo() {
        return partnerships.findById(Partnership.ONLY_ID).map(Partnership::logo).orElse(null);
    }

    private static Map<String, Object> logoFields(@Nullable Picture logo) {
        return Map.of("logo", logo == null ? "" : logo.hash(), "logoAlt", logo == null ? "" : logo.alt());
    }

    /** Who saved the settings last and when, for a save refused because theirs got there first. */
    @Transactional(readOnly = true)
    EditConflictException conflict() {
        return partnerships.findById(Partnership.ONLY_ID)
                .map(SettingsService::conflictWith)
                .orElseGet(() -> new EditConflictException("", null));
    }

    private static EditConflictException conflictWith(Partnership partnership) {
        String by = partnership.getUpdatedBy();
        return new EditConflictException(by == null ? "" : by, partnership.getUpdatedAt(), partnership.getVersion());
    }

    private void persistLinks(Kind kind, List<LinkRow> rows) {
        List<LinkRow> links = SettingsForm.linksInOrder(rows);
        for (int i = 0; i < links.size(); i++) {
            LinkRow link = links.get(i);
            entities.persist(new PartnershipLink(kind, i + 1, link.name(), link.url().isEmpty() ? null : link.url(),
                    link.description()));
        }
    }

    /** What the audit trail compares: the details, and each list as lines of text in order. */
    private Map<String, Object> snapshot(Partnership partnership) {
        List<PartnershipLink> links = partnerships.findLinks();
        return snapshot(partnership.getName(), partnership.getShortName(), partnership.getStrapline(),
                partnership.getAbout(), partnership.getLaunchedOn(), partnership.getLaunchNote(),
                partnership.getContactName(), partnership.getContactEmail(),
                partnerships.findAims().stream().map(aim -> aimLine(aim.getTitle(), aim.getBody())).toList(),
                linkLines(links, Kind.SOCIAL), linkLines(links, Kind.FUNDER), linkLines(links, Kind.PARTNER));
    }

    private static Map<String, Object> snapshot(SettingsForm form) {
        return snapshot(form.name(), form.shortName(), form.strapline(), form.about(), form.launchDay(),
                form.launchNote(), form.contactName(), form.contactEmail(),
                form.aimsInOrder().stream().map(aim -> aimLine(aim.title(), aim.body())).toList(),
                linkLines(form.socialLinks()), linkLines(form.funders()), linkLines(form.partners()));
    }

    private static Map<String, Object> snapshot(String name, String shortName, String strapline, String about,
                                                @Nullable LocalDate launchedOn, String launchNote, String contactName,
                                                String contactEmail, List<String> aims, List<String> socialLinks,
                                                List<String> funders, List<String> partners) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortName", shortName);
        fields.put("strapline", strapline);
        fields.put("about", about);
        fields.put("launchedOn", launchedOn);
        fields.put("launchNote", launchNote);
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("aims", aims);
        fields.put("socialLinks", socialLinks);
        fields.put("funders", funders);
        fields.put("partners", partners);
        return fields;
    }

    private static String aimLine(String title, String body) {
        return body.isEmpty() ? title : title + ": " + body;
    }

    private static List<String> linkLines(List<PartnershipLink> links, Kind kind) {
        return links.stream().filter(link -> link.getKind() == kind)
                .map(link -> linkLine(link.getName(), link.getUrl(), link.getDescription())).toList();
    }

    private static List<String> linkLines(List<LinkRow> rows) {
        return SettingsForm.linksInOrder(rows).stream()
                .map(link -> linkLine(link.name(), link.url(), link.description())).toList();
    }

    private static String linkLine(String name, @Nullable String url, String description) {
        StringBuilder line = new StringBuilder(name);
        if (url != null && !url.isEmpty()) {
            line.append(" <").append(url).append('>');
        }
        if (!description.isEmpty()) {
            line.append(": ").append(description);
        }
        return line.toString();
    }

    private static List<LinkRow> rows(List<PartnershipLink> links, Kind kind) {
        return numbered(links.stream().filter(link -> link.getKind() == kind)
                        .map(link -> new LinkRow("", link.getName(), link.getUrl() == null ? "" : link.getUrl(),
                                link.getDescription())).toList(),
                (link, position) -> new LinkRow(position, link.name(), link.url(), link.description()));
    }

    /** The saved rows numbered 1, 2, 3… in their order, for the position boxes. */
    private static <R> List<R> numbered(List<R> rows, BiFunction<R, String, R> withPosition) {
        return IntStream.range(0, rows.size()).mapToObj(i -> withPosition.apply(rows.get(i), String.valueOf(i + 1)))
                .toList();
    }
}
