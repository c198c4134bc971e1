package uk.partnership.base.schools;

import org.jspecify.annotations.Nullable;

/** What pages show of a school. Its tag is styled by the class {@link #tagClass()} from /css/schools.css. */
public record SchoolView(
        long id,
        String name,
        String slug,
        Sector sector,
        @Nullable String website,
        String address,
        String description,
        String colour) {

    public String tagClass() {
        return "school-tag--" + slug;
    }
}
