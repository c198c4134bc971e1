package uk.partnership.features.impact;

import static uk.partnership.base.web.DateFormats.LONG_DAY;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.schools.RepresentedSchool;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.HeldEvent;

/**
 * Recording who took part. The coordinator opens an event's numbers at /admin/impact/events/{id} (every school) and
 * records any school's; a representative records their own school's for an event it hosts at
 * /proposals/impact/events/{id}, in the representatives' area (as their own term dates are), which only
 * representatives reach. Both post the same form, checked by the same service.
 */
@Controller
class ImpactRecordingController {

    static final String ADMIN = "/admin/impact";
    static final String MINE = "/proposals/impact";

    private final ImpactRecording recording;
    private final FormPages forms;
    private final SiteProperties site;

    ImpactRecordingController(ImpactRecording recording, FormPages forms, SiteProperties site) {
        this.recording = recording;
        this.forms = forms;
        this.site = site;
    }

    @GetMapping(ADMIN + "/events/{id:\\d+}")
    String event(@PathVariable long id, Model model) {
        HeldEvent event = recording.event(id, null);
        model.addAttribute("event", event);
        model.addAttribute("day", day(event));
        model.addAttribute("schools", recording.numbers(id, null));
        return "impact/event";
    }

    @GetMapping(ADMIN + "/events/{id:\\d+}/schools/{school:\\d+}")
    String schoolForm(@PathVariable long id, @PathVariable long school, Model model) {
        HeldEvent event = recording.event(id, null);
        model.addAttribute("numbersForm", recording.form(id, school));
        return form(event, recording.school(school, null), false, model);
    }

    @PostMapping(ADMIN + "/events/{id:\\d+}/schools/{school:\\d+}")
    String saveSchool(Actor actor, @PathVariable long id, @PathVariable long school,
                      @Valid @ModelAttribute("numbersForm") NumbersForm form, BindingResult errors, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return save(actor, id, school, null, form, errors, model, response, redirect);
    }

    @GetMapping(MINE + "/events/{id:\\d+}")
    String mine(RepresentedSchool school, @PathVariable long id, Model model) {
        HeldEvent event = recording.event(id, school.id());
        model.addAttribute("numbersForm", recording.form(id, school.id()));
        return form(event, recording.school(school.id(), school.id()), true, model);
    }

    @PostMapping(MINE + "/events/{id:\\d+}")
    String saveMine(Actor actor, RepresentedSchool school, @PathVariable long id,
                    @Valid @ModelAttribute("numbersForm") NumbersForm form, BindingResult errors, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return save(actor, id, school.id(), school.id(), form, errors, model, response, redirect);
    }

    private String save(Actor actor, long id, long school, @Nullable Long onlySchool, NumbersForm form,
                        BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        HeldEvent event = recording.event(id, onlySchool);
        SchoolView from = recording.school(school, onlySchool);
        Boolean changed = forms.save(errors, model,
                () -> recording.save(actor, id, school, onlySchool, form, errors));
        if (FormPages.failed(errors, response)) {
            return form(event, from, onlySchool != null, model);
        }
        redirect.addFlashAttribute(FormPages.SAVED, Boolean.TRUE.equals(changed) ? "impact.numbers.saved"
                : "impact.numbers.unchanged");
        redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, from.name());
        return "redirect:" + (onlySchool == null ? ADMIN + "/events/" + id : MINE);
    }

    private String form(HeldEvent event, SchoolView school, boolean mine, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("day", day(event));
        model.addAttribute("school", school);
        model.addAttribute("years", Numbers.yearGroups());
        model.addAttribute("action", mine ? MINE + "/events/" + event.id()
                : ADMIN + "/events/" + event.id() + "/schools/" + school.id());
        model.addAttribute("back", mine ? MINE : ADMIN + "/events/" + event.id());
        return "impact/numbers";
    }

    private String day(HeldEvent event) {
        return LONG_DAY.format(event.startsAt().atZone(site.timeZone()));
    }
}
