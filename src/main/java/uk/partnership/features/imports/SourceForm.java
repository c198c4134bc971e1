package uk.partnership.features.imports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;

/**
 * The coordinator's form for a school's calendar address, as typed. Whether the address is one the import may fetch,
 * and whether the school and category exist, are checked by {@link ImportSources}.
 *
 * @param keyword only entries whose title or category contains it are imported; blank for every entry
 * @param version the version of the source the form was opened on (0 for a new one)
 */
public record SourceForm(
        @NotNull(message = "{imports.school.required}") @Nullable Long schoolId,
        @NotBlank(message = "{imports.url.required}") @Size(max = 2000, message = "{imports.url.tooLong}")
        @SingleLine @Nullable String url,
        @Size(max = 100, message = "{imports.keyword.tooLong}") @SingleLine @Nullable String keyword,
        @NotNull(message = "{imports.category.required}") @Nullable Long categoryId,
        @Nullable Boolean publishAtOnce,
        @Nullable Long version) {

    static SourceForm empty() {
        return new SourceForm(null, "", "", null, false, 0L);
    }

    String typedUrl() {
        return url == null ? "" : url.strip();
    }

    String typedKeyword() {
        return keyword == null ? "" : keyword.strip();
    }

    boolean atOnce() {
        return Boolean.TRUE.equals(publishAtOnce);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }
}
