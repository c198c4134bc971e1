package uk.partnership.features.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.springframework.stereotype.Component;

import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.SiteProperties;

/**
 * Writes the news as an Atom 1.0 feed (RFC 4287) with Rome: absolute links, an id per entry that never changes
 * ({@code urn:uuid:} of the post, so a renamed post stays the same entry), published and updated times, and the
 * body as HTML through the same render-and-sanitise path as the article page.
 */
@Component
class NewsAtomWriter {

    static final String ATOM = "atom_1.0";

    private final RichText richText;
    private final SiteProperties site;

    NewsAtomWriter(RichText richText, SiteProperties site) {
        this.richText = richText;
        this.site = site;
    }

    /** The feed of {@code posts}, newest first; {@code updated} is the feed's own updated time. */
    String write(String title, String author, List<NewsView> posts, Instant updated) {
        Feed feed = new Feed(ATOM);
        feed.setEncoding("UTF-8");
        // Links that a post's Markdown makes relative (say /events) resolve against the site, not the reader.
        feed.setXmlBase(site.absolute("/"));
        feed.setId(site.absolute("/news"));
        feed.setTitle(title);
        feed.setUpdated(Date.from(updated));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", site.absolute("/news"))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", site.absolute("/news/feed.atom"))));
        feed.setAuthors(people(author));
        feed.setEntries(posts.stream().map(this::entry).toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the news feed", e);
        }
    }

    private Entry entry(NewsView post) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + post.uid());
        entry.setTitle(post.title());
        entry.setAlternateLinks(List.of(link("alternate", "text/html", site.absolute("/news/" + post.slug()))));
        entry.setPublished(Date.from(post.publishAt().toInstant()));
        entry.setUpdated(Date.from(post.lastChange()));
        entry.setAuthors(people(post.authorName()));
        if (!post.summary().isBlank()) {
            entry.setSummary(content(Content.TEXT, post.summary()));
        }
        entry.setContents(List.of(content(Content.HTML, richText.toHtml(post.body()))));
        List<Category> categories = new ArrayList<>();
        for (SchoolView school : post.schools()) {
            Category category = new Category();
            category.setTerm(school.slug());
            category.setLabel(school.name());
            category.setScheme(site.absolute("/schools/"));
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static List<SyndPerson> people(String name) {
        Person person = new Person();
        person.setName(name);
        return List.of(person);
    }
}
