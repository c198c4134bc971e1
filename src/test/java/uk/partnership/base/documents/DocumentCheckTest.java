package uk.partnership.base.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** An upload is a PDF by its content: parsed with PDFBox, with pages, no password and no script. */
class DocumentCheckTest {

    @Test
    void aPdfIsKeptWithItsPagesAndAHashOfItsBytes() throws Exception {
        byte[] pdf = TestDocuments.pdf(3);
        DocumentCheck.Checked checked = DocumentCheck.check(pdf);
        assertThat(checked.pages()).isEqualTo(3);
        assertThat(checked.hash()).matches("[0-9a-f]{32}");
        assertThat(DocumentCheck.check(pdf).hash()).isEqualTo(checked.hash());
        assertThat(DocumentCheck.check(TestDocuments.pdf(1)).hash()).isNotEqualTo(checked.hash());
    }

    @Test
    void whatIsNotAWholePdfIsRefusedSayingWhy() {
        assertRefused(new byte[0], "documents.empty");
        assertRefused(TestDocuments.executable(), "documents.notAPdf");
        assertRefused(TestDocuments.html(), "documents.notAPdf");
        assertRefused(TestDocuments.truncated(), "documents.unreadable");
        assertRefused(TestDocuments.tooLarge(), "documents.tooLarge");
        // The signature alone is not a PDF.
        assertRefused("%PDF-1.7\nnothing here\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "documents.unreadable");
    }

    @Test
    void aPdfWithAPasswordOrAScriptIsRefused() {
        assertRefused(TestDocuments.encrypted(), "documents.encrypted");
        assertRefused(TestDocuments.withJavaScript(), "documents.scripted");
    }

    /**
     * Every object parsed takes heap: a crafted PDF of 19 MB with 330,000 objects ran production's 128 MB heap out (a
     * 500). More objects than the check walks are refused from the cross-reference table, before they are parsed.
     */
    @Test
    void aPdfOfMoreObjectsThanCanBeCheckedIsRefusedSayingWhy() throws Exception {
        assertThat(DocumentCheck.check(TestDocuments.manyObjects(1_000)).pages()).isEqualTo(1);
        assertRefused(TestDocuments.manyObjects(DocumentCheck.MAX_OBJECTS + 1), "documents.tooComplex");
    }

    @Test
    void aDownloadIsNamedAfterItsTitleInLettersAndDigitsOnly() {
        assertThat(Documents.fileName("Consent form: trip to Oxford (Year 9)")).isEqualTo(
                "consent-form-trip-to-oxford-year-9.pdf");
        assertThat(Documents.fileName("\"; filename=evil.exe")).isEqualTo("filename-evil-exe.pdf");
        assertThat(Documents.fileName("Élève’s letter")).isEqualTo("eleves-letter.pdf");
    }

    private static void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> DocumentCheck.check(bytes)).as(code)
                .isInstanceOfSatisfying(DocumentRefusedException.class, refused -> assertThat(refused.code())
                        .isEqualTo(code));
    }
}
