package uk.partnership.base.schools;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;

/** What pages show of a school, its crest included (null: none). Its tag is styled by the class {@link #tagClass()} from /css/schools.css. */
public record SchoolView(
        long id,
        String name,
        String slug,
        Sector sector,
        @Nullable String website,
        String address,
        String description,
        String colour,
        @Nullable Picture crest) {

    public String tagClass() {
        return "school-tag--" + slug;
    }
}
