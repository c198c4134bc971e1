package uk.partnership.base.schools;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The schools' tag colours as a style sheet. The strict Content-Security-Policy forbids inline styles,
 * so each school's colour becomes a class here rather than a style attribute on the page.
 */
@Controller
class SchoolStylesController {

    private final SchoolDirectory schools;

    SchoolStylesController(SchoolDirectory schools) {
        this.schools = schools;
    }

    @GetMapping(value = "/css/schools.css", produces = "text/css")
    ResponseEntity<String> styles() {
        var css = new StringBuilder();
        for (SchoolView school : schools.all()) {
            // Slugs are [a-z0-9-] and colours #rrggbb (both checked by the database), so both are safe here.
            css.append('.').append(school.tagClass())
                    .append("{background-color:").append(school.colour())
                    .append(";color:").append(TagContrast.textColourOn(school.colour())).append("}\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(css.toString());
    }
}
