package uk.partnership.features.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import uk.partnership.base.web.SingleLine;

/**
 * The coordinator's rename form, as typed. An empty slug leaves the slug as it is; the slug's form and
 * uniqueness and the name's uniqueness are checked by {@link CategoryAdminService}.
 *
 * @param version the version of the category the form was opened on
 */
record CategoryForm(
        @NotBlank(message = "{admin.categories.name.required}")
        @Size(max = 100, message = "{admin.categories.name.tooLong}") @SingleLine @Nullable String name,
        @SingleLine @Nullable String slug,
        long version) {

    /** The list page's "add a category" form: a name, from which the slug is made. */
    public record AddForm(@NotBlank(message = "{admin.categories.name.required}")
                   @Size(max = 100, message = "{admin.categories.name.tooLong}") @SingleLine @Nullable String name) {

        static AddForm empty() {
            return new AddForm("");
        }
    }
}
