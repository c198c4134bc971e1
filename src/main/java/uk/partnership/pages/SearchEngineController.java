package uk.partnership.pages;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.news.NewsFeed;
import uk.partnership.features.programmes.Programmes;

/** robots.txt and sitemap.xml: what search engines may index, with absolute addresses. */
@Controller
class SearchEngineController {

    static final List<String> STATIC_PAGES = List.of("/", "/events", "/events/list", "/events/past", "/news", "/about",
            "/schools", "/term-dates", "/contact", "/accessibility", "/privacy", "/programmes");
    static final List<String> PRIVATE_AREAS = List.of("/admin", "/proposals", "/account", "/login", "/password",
            "/invitations");

    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final NewsFeed news;
    private final Programmes programmes;
    private final SiteProperties site;

    SearchEngineController(SchoolDirectory schools, EventCalendar calendar, NewsFeed news, Programmes programmes,
                           SiteProperties site) {
        this.programmes = programmes;
        this.schools = schools;
        this.calendar = calendar;
        this.news = news;
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        var robots = new StringBuilder("User-agent: *\n");
        PRIVATE_AREAS.forEach(area -> robots.append("Disallow: ").append(area).append('\n'));
        robots.append("\nSitemap: ").append(site.absolute("/sitemap.xml")).append('\n');
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() throws XMLStreamException {
        List<String> paths = new ArrayList<>(STATIC_PAGES);
        for (SchoolView school : schools.all()) {
            paths.add("/schools/" + school.slug());
        }
        for (String slug : calendar.publicSlugs()) {
            paths.add("/events/" + slug);
        }
        for (String slug : news.publicSlugs()) {
            paths.add("/news/" + slug);
        }
        for (String slug : programmes.publicSlugs()) {
            paths.add("/programmes/" + slug);
        }
        var out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
        for (String path : paths) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(site.absolute(path));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }
}
