package uk.partnership.base.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;

/**
 * A document to add, as typed: its title is the link's text on the public page. The file comes as the request part
 * {@value DocumentAdminController#UPLOAD}; {@code documentFile} is only the field its messages are shown by.
 */
record DocumentForm(
        @NotBlank(message = "{documents.title.required}")
        @Size(max = 200, message = "{documents.title.tooLong}") @SingleLine @Nullable String title,
        @Nullable String documentFile) {

    static DocumentForm empty() {
        return new DocumentForm("", null);
    }
}
