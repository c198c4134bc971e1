package uk.partnership.base.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** PDFs made in memory for tests with PDFBox, and crafted bytes for what must be refused. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A PDF of {@code pages} pages, each with a line of text. */
    public static byte[] pdf(int pages) {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    text.newLineAtOffset(72, 700);
                    text.showText("Consent form, page " + i);
                    text.endText();
                }
            }
            return save(pdf);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A PDF that runs a script when opened. */
    public static byte[] withJavaScript() {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            return save(pdf);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A PDF that asks for a password to open. */
    public static byte[] encrypted() {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("owner secret", "user secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return save(pdf);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A PDF cut off after its first half, as an interrupted download leaves it. */
    public static byte[] truncated() {
        byte[] whole = pdf(3);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A Windows executable's first bytes, named as a PDF by whoever uploads it. */
    public static byte[] executable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** 21 MB that start like a PDF. */
    public static byte[] tooLarge() {
        byte[] bytes = new byte[21 * 1024 * 1024];
        byte[] start = pdf(1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        var out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
