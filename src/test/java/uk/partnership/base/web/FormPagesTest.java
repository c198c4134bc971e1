package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormPagesTest {

    record NameForm(String name, long version) {
    }

    private final FormPages forms = new FormPages(new SiteProperties(URI.create("https://example.org"),
            ZoneId.of("Europe/London")));
    private final BindingResult errors = new BeanPropertyBindingResult(new NameForm("Typed", 3), "school");
    private final ExtendedModelMap model = new ExtendedModelMap();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aSaveThatGetsThereFirstIsAnsweredAndLeavesTheFormAlone() {
        Boolean changed = forms.save(errors, model, () -> true);

        assertThat(changed).isTrue();
        assertThat(FormPages.failed(errors, response)).isFalse();
        assertThat(model).doesNotContainKey(FormPages.SAVED_VERSION);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aConflictNamesWhoAndWhenKeepsTheVersionNowSavedAndAnswers409() {
        Instant saved = Instant.parse("2026-03-03T18:30:00Z");

        Boolean changed = forms.save(errors, model, () -> {
            throw new EditConflictException("Kim Lee", saved, 7L);
        });

        assertThat(changed).isNull();
        ObjectError error = errors.getGlobalError();
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("edit.conflict");
        assertThat(error.getArguments()).containsExactly("Kim Lee", "18:30 on Tue 3 Mar 2026");
        assertThat(model).containsEntry(FormPages.SAVED_VERSION, 7L);
        assertThat(FormPages.failed(errors, response)).isTrue();
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aConflictWithAnUnknownEditorHasTheUnnamedMessageWhichAFormMayWordForItself() {
        forms.save(errors, model, (Runnable) () -> {
            throw new EditConflictException("", null);
        });

        ObjectError error = errors.getGlobalError();
        assertThat(error).isNotNull();
        assertThat(error.getCodes()).containsExactly("edit.conflict.unnamed.school", "edit.conflict.unnamed");
        assertThat(model).as("no version known: the form keeps its own").doesNotContainKey(FormPages.SAVED_VERSION);
        assertThat(FormPages.failed(errors, response)).isTrue();
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void fieldErrorsAndOtherFormWideProblemsAnswer400() {
        errors.rejectValue("name", "admin.schools.name.required");
        assertThat(FormPages.failed(errors, response)).isTrue();
        assertThat(response.getStatus()).isEqualTo(400);

        var other = new BeanPropertyBindingResult(new NameForm("", 1), "school");
        other.reject("admin.settings.something");
        var otherResponse = new MockHttpServletResponse();
        assertThat(FormPages.failed(other, otherResponse)).isTrue();
        assertThat(otherResponse.getStatus()).isEqualTo(400);
    }

    @Test
    void anActionOnAStalePageIsRefusedWithTheFeaturesMessage() {
        var redirect = new RedirectAttributesModelMap();

        boolean done = FormPages.act(redirect, "admin.news.changedMeanwhile", () -> {
            throw new EditConflictException("Kim Lee", null);
        });

        assertThat(done).isFalse();
        assertThat(redirect.getFlashAttributes().get(FormPages.REFUSED)).isEqualTo("admin.news.changedMeanwhile");
    }

    @Test
    void anActionThatGoesThroughIsDoneWithoutAFlash() {
        var redirect = new RedirectAttributesModelMap();
        int[] runs = {0};

        assertThat(FormPages.act(redirect, "admin.news.changedMeanwhile", () -> {
            runs[0]++;
        })).isTrue();
        assertThat(runs[0]).isEqualTo(1);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }
}
