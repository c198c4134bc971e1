package uk.partnership.base.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import uk.partnership.base.web.SingleLine;
import uk.partnership.base.web.WebAddress;

/**
 * The coordinator's school form, as typed. The slug may be left empty (it is made from the name); the
 * colour's form and contrast, and the slug's form and uniqueness are checked by
 * {@link SchoolAdminService}, which needs the database or the typed value tidied first.
 *
 * @param numberOnRoll how many pupils the school has, optional: no event records more of its students (issue 21);
 *                     kept as typed, so that text that is not a number comes back with a message by the field
 * @param version the version of the school the form was opened on (0 for a new school)
 */
record SchoolForm(
        @NotBlank(message = "{admin.schools.name.required}")
        @Size(max = 200, message = "{admin.schools.name.tooLong}") @SingleLine @Nullable String name,
        @SingleLine @Nullable String slug,
        @NotNull(message = "{admin.schools.sector.required}") @Nullable Sector sector,
        @Size(max = 500, message = "{admin.schools.website.tooLong}") @SingleLine
        @WebAddress(message = "{admin.schools.website.invalid}") @Nullable String website,
        @Size(max = 500, message = "{admin.schools.address.tooLong}") @SingleLine @Nullable String address,
        @Size(max = 2000, message = "{admin.schools.description.tooLong}") @Nullable String description,
        @NotBlank(message = "{admin.schools.colour.required}") @SingleLine @Nullable String colour,
        @SingleLine @Nullable String numberOnRoll,
        long version) {

    static SchoolForm empty() {
        return new SchoolForm("", "", null, "", "", "", "", "", 0);
    }

    static SchoolForm of(SchoolView school, @Nullable Integer numberOnRoll, long version) {
        return new SchoolForm(school.name(), school.slug(), school.sector(),
                school.website() == null ? "" : school.website(), school.address(), school.description(),
                school.colour(), numberOnRoll == null ? "" : numberOnRoll.toString(), version);
    }
}
