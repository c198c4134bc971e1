package uk.partnership.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.schools.SchoolDirectory;

/** The partnership's own pages: home, about, contact, and the statements the law asks for. */
@Controller
class SitePagesController {

    private final SchoolDirectory schools;

    SitePagesController(SchoolDirectory schools) {
        this.schools = schools;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("schools", schools.all());
        return "site/home";
    }

    @GetMapping("/about")
    String about() {
        return "site/about";
    }

    @GetMapping("/contact")
    String contact() {
        return "site/contact";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }
}
