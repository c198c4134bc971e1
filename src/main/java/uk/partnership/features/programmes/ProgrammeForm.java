package uk.partnership.features.programmes;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.content.ContentForm;
import uk.partnership.base.web.SingleLine;

/**
 * The coordinator's page form, as typed. Never bound to the entity (no over-posting): the status changes only
 * through publish and unpublish. The position is kept as typed, so a word typed there is shown back with its message
 * (read by {@link #positionNumber}).
 */
record ProgrammeForm(
        @NotBlank(message = "{admin.programmes.title.required}")
        @Size(max = 200, message = "{admin.programmes.title.tooLong}") @SingleLine String title,
        @Size(max = 100, message = "{form.slug.invalid}") @SingleLine String slug,
        @Size(max = 500, message = "{admin.programmes.summary.tooLong}") String summary,
        @Size(max = 20000, message = "{admin.programmes.body.tooLong}") String body,
        @NotNull(message = "{admin.programmes.placement.required}") @Nullable Placement placement,
        @Nullable String position,
        @Nullable Long categoryId,
        @Nullable List<Long> seriesIds,
        @Nullable Long version,
        // The picture, as the event form has it (PictureFields): the file comes as the part "pictureUpload".
        @Nullable String pictureFile,
        @Size(max = 40, message = "{images.unknown}") @Nullable String picture,
        @Size(max = 300, message = "{images.alt.tooLong}") @SingleLine @Nullable String pictureAlt,
        @Nullable Boolean pictureDecorative,
        @Nullable Boolean picturePupils,
        @Nullable Boolean pictureConsent,
        @Nullable Boolean pictureRemove) implements ContentForm<ProgrammeForm> {

    /** The position typed, when it is a whole number from 0 to 999; null otherwise. */
    @Nullable Integer positionNumber() {
        if (position == null || !position.strip().matches("\\d{1,3}")) {
            return null;
        }
        return Integer.parseInt(position.strip());
    }

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "", "", Placement.WHAT_WE_DO, "0", null, new ArrayList<>(), 0L, null, "", "", false, false, false,
                false);
    }

    static ProgrammeForm of(ProgrammeView page, long version) {
        return new ProgrammeForm(page.title(), page.slug(), page.summary(), page.body(), page.placement(),
                String.valueOf(page.position()), page.categoryId(), new ArrayList<>(page.seriesIds()), version, null,
                page.picture() == null ? "" : page.picture().hash(), page.picture() == null ? "" : page.picture().alt(),
                page.picture() != null && page.picture().decorative(), page.picturePupils(), page.picturePupils(), false);
    }

    @Override
    public ProgrammeForm withPicture(@Nullable String hash) {
        return new ProgrammeForm(title, slug, summary, body, placement, position, categoryId, seriesIds, version, null,
                hash == null ? "" : hash, pictureAlt, pictureDecorative, picturePupils, pictureConsent, false);
    }
}
