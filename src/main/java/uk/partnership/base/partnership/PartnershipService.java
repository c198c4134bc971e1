package uk.partnership.base.partnership;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.partnership.base.partnership.PartnershipLink.Kind;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.cache.KeptReads;

/** Reads the partnership's settings for the pages. */
@Service
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final RichText richText;
    private final Supplier<PartnershipView> current;

    PartnershipService(PartnershipRepository partnerships, RichText richText, KeptReads kept,
                       PlatformTransactionManager transactions) {
        this.partnerships = partnerships;
        this.richText = richText;
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.current = kept.keep(() -> readOnly.execute(status -> read()));
    }

    /**
     * The settings as pages, feeds and mail show them. Read once per content change, not on each call (three
     * statements and a Markdown rendering, once on every event page and feed: issue 18), see {@link KeptReads}.
     */
    public PartnershipView current() {
        return current.get();
    }

    private PartnershipView read() {
        return partnerships.findById(Partnership.ONLY_ID)
                .map(this::view)
                .orElseGet(PartnershipView::unconfigured);
    }

    /**
     * The about text as plain text (no Markdown), for the about page's description; empty before it is set. From the
     * kept settings ({@link #current()}): no statement, and no transaction, of its own (issue 18).
     */
    public String aboutText() {
        return current().aboutText();
    }

    private PartnershipView view(Partnership partnership) {
        List<PartnershipLink> links = partnerships.findLinks();
        return new PartnershipView(
                true,
                partnership.getName(),
                partnership.getShortName(),
                partnership.getStrapline(),
                richText.toHtml(partnership.getAbout()),
                richText.toPlainText(partnership.getAbout()),
                partnership.getLaunchedOn(),
                partnership.getLaunchNote(),
                partnership.getContactName(),
                partnership.getContactEmail(),
                partnerships.findAims().stream()
                        .map(aim -> new PartnershipView.Aim(aim.getTitle(), aim.getBody()))
                        .toList(),
                links(links, Kind.SOCIAL),
                links(links, Kind.FUNDER),
                links(links, Kind.PARTNER),
                partnership.logo());
    }

    private static List<PartnershipView.Link> links(List<PartnershipLink> links, Kind kind) {
        return links.stream()
                .filter(link -> link.getKind() == kind)
                .map(link -> new PartnershipView.Link(link.getName(), link.getUrl(), link.getDescription()))
                .toList();
    }
}
