package uk.partnership.features.news;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import uk.partnership.base.content.ContentForm;
import uk.partnership.base.web.SingleLine;

/**
 * The coordinator's news form, as typed. Never bound to the entity (no over-posting): status and publish time
 * change only through publish, schedule and unpublish. The publish date and time are the new-post form's, for
 * "Save and schedule" (as typed, like {@link ScheduleForm}'s); an edit form sends none.
 */
public record NewsForm(
        @NotBlank(message = "{admin.news.title.required}") @Size(max = 200, message = "{admin.news.title.tooLong}")
        @SingleLine String title,
        @Size(max = 100, message = "{form.slug.invalid}") @SingleLine String slug,
        @Size(max = 500, message = "{admin.news.summary.tooLong}") String summary,
        @Size(max = 20000, message = "{admin.news.body.tooLong}") String body,
        @Nullable List<Long> schoolIds,
        @Size(max = 5000, message = "{admin.news.events.tooLong}") @Nullable String events,
        @Nullable Long version,
        @Nullable String publishDate,
        @Nullable String publishTime,
        // The picture, as the event form has it (PictureFields): the file comes as the part "pictureUpload".
        @Nullable String pictureFile,
        @Size(max = 40, message = "{images.unknown}") @Nullable String picture,
        @Size(max = 300, message = "{images.alt.tooLong}") @SingleLine @Nullable String pictureAlt,
        @Nullable Boolean pictureDecorative,
        @Nullable Boolean picturePupils,
        @Nullable Boolean pictureConsent,
        @Nullable Boolean pictureRemove) implements ContentForm<NewsForm> {

    static NewsForm empty() {
        return new NewsForm("", "", "", "", new ArrayList<>(), "", 0L, "", "", null, "", "", false, false, false, false);
    }

    /** The form for a saved post; {@code events} are the addresses of the events it links, one per line. */
    static NewsForm of(NewsView post, String events, long version) {
        return new NewsForm(post.title(), post.slug(), post.summary(), post.body(),
                new ArrayList<>(post.schools().stream().map(school -> school.id()).toList()), events, version, "", "",
                null, post.picture() == null ? "" : post.picture().hash(),
                post.picture() == null ? "" : post.picture().alt(), post.picture() != null && post.picture().decorative(),
                post.picturePupils(), post.picturePupils(), false);
    }

    @Override
    public NewsForm withPicture(@Nullable String hash) {
        return new NewsForm(title, slug, summary, body, schoolIds, events, version, publishDate, publishTime, null,
                hash == null ? "" : hash, pictureAlt, pictureDecorative, picturePupils, pictureConsent, false);
    }
}
