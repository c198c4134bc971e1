package uk.partnership.base.partnership;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;

/**
 * What pages show of the partnership. {@link #configured()} is false on a new installation that has no
 * settings yet; pages then show a neutral placeholder rather than anyone's name. The logo (issue 20) is null until
 * the coordinator sets one.
 */
public record PartnershipView(
        boolean configured,
        String name,
        String shortName,
        String strapline,
        String aboutHtml,
        String aboutText,
        @Nullable LocalDate launchedOn,
        String launchNote,
        String contactName,
        String contactEmail,
        List<Aim> aims,
        List<Link> socialLinks,
        List<Link> funders,
        List<Link> partners,
        @Nullable Picture logo) {

    public record Aim(String title, String body) {
    }

    public record Link(String name, @Nullable String url, String description) {
    }

    static PartnershipView unconfigured() {
        return new PartnershipView(false, "", "", "", "", "", null, "", "", "",
                List.of(), List.of(), List.of(), List.of(), null);
    }
}
