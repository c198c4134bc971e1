package uk.partnership.base.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * A one-page PDF whose catalogue refers to an array of {@code count} more objects, each a number, as a crafted file
     * would: written by hand, with its cross-reference table.
     */
    public static byte[] manyObjects(int count) {
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            array.append(5 + i).append(" 0 R ");
        }
        List<String> bodies = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R /Extra 4 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", array.append("]").toString()));
        for (int i = 0; i < count; i++) {
            bodies.add(Integer.toString(i));
        }
        for (int i = 0; i < bodies.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n" + bodies.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(bodies.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        var out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
