package uk.partnership.schools;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.partnership.web.NotFoundException;

@Controller
class SchoolController {

    private final SchoolDirectory schools;

    SchoolController(SchoolDirectory schools) {
        this.schools = schools;
    }

    @GetMapping("/schools")
    String list(Model model) {
        model.addAttribute("schools", schools.all());
        return "schools/list";
    }

    @GetMapping("/schools/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("school", schools.bySlug(slug).orElseThrow(() -> new NotFoundException("school " + slug)));
        return "schools/show";
    }
}
