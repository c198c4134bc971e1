package uk.partnership.features.programmes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;

/**
 * The coordinator's page form, as typed. Never bound to the entity (no over-posting): the status changes only
 * through publish and unpublish.
 */
record ProgrammeForm(
        @NotBlank(message = "{admin.programmes.title.required}")
        @Size(max = 200, message = "{admin.programmes.title.tooLong}") @SingleLine String title,
        @Size(max = 100, message = "{form.slug.invalid}") @SingleLine String slug,
        @Size(max = 500, message = "{admin.programmes.summary.tooLong}") String summary,
        @Size(max = 20000, message = "{admin.programmes.body.tooLong}") String body,
        @NotNull(message = "{admin.programmes.placement.required}") @Nullable Placement placement,
        @NotNull(message = "{admin.programmes.position.required}")
        @Min(value = 0, message = "{admin.programmes.position.range}")
        @Max(value = 999, message = "{admin.programmes.position.range}") @Nullable Integer position,
        @Nullable Long categoryId,
        @Nullable Long version) {

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "", "", Placement.WHAT_WE_DO, 0, null, 0L);
    }

    static ProgrammeForm of(ProgrammeView page, long version) {
        return new ProgrammeForm(page.title(), page.slug(), page.summary(), page.body(), page.placement(),
                page.position(), page.categoryId(), version);
    }
}
