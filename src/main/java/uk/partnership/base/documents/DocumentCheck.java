package uk.partnership.base.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an upload by its bytes: a PDF starts with {@code %PDF-} and ends with {@code %%EOF} (one cut short does
 * not), PDFBox parses it and finds at least one page, and it is neither encrypted (a visitor could not open it, and
 * nothing in it can be checked) nor carrying JavaScript or a launch action anywhere in its objects (a consent form
 * needs neither; a reader that runs them is a way in). The name and the browser's Content-Type are never trusted.
 */
final class DocumentCheck {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * The most PDF objects a document may have, in its cross-reference table and in the walk for scripts. Each object
     * parsed takes about 200 bytes of the heap: a crafted PDF of 19 MB with 330,000 objects ran production's 128 MB
     * heap out (a 500 after 7 s). A report of hundreds of pages has tens of thousands.
     */
    static final int MAX_OBJECTS = 100_000;

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    /** What is kept of a checked upload besides its bytes. */
    record Checked(String hash, int pages) {
    }

    private DocumentCheck() {
    }

    static Checked check(byte[] bytes) throws DocumentRefusedException {
        if (bytes.length == 0) {
            throw new DocumentRefusedException("documents.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DocumentRefusedException("documents.tooLarge");
        }
        if (!startsWith(bytes, SIGNATURE)) {
            throw new DocumentRefusedException("documents.notAPdf");
        }
        if (!endsWithEndOfFile(bytes)) {
            throw new DocumentRefusedException("documents.unreadable");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new DocumentRefusedException("documents.encrypted");
            }
            if (pdf.getDocument().getXrefTable().size() > MAX_OBJECTS) {
                throw new DocumentRefusedException("documents.tooComplex");
            }
            int pages = 0;
            for (PDPage page : pdf.getPages()) {
                page.getMediaBox();
                pages++;
            }
            if (pages == 0) {
                throw new DocumentRefusedException("documents.noPages");
            }
            if (scripted(pdf.getDocument().getTrailer())) {
                throw new DocumentRefusedException("documents.scripted");
            }
            return new Checked(hash(bytes), pages);
        } catch (InvalidPasswordException locked) {
            throw new DocumentRefusedException("documents.encrypted");
        } catch (IOException | RuntimeException broken) {
            throw new DocumentRefusedException("documents.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A whole PDF ends with {@code %%EOF}, followed at most by line ends and padding. */
    private static boolean endsWithEndOfFile(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        for (int start = bytes.length - END.length; start >= from; start--) {
            boolean match = true;
            for (int i = 0; i < END.length && match; i++) {
                match = bytes[start + i] == END[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any object reachable from the trailer is a JavaScript action, holds script ({@code /JS}), names
     * document scripts ({@code /JavaScript}) or launches a program. Streams are not decoded: their dictionaries are
     * read, which is where actions live.
     */
    static boolean scripted(COSDictionary trailer) throws DocumentRefusedException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> next = new ArrayDeque<>();
        next.push(trailer);
        while (!next.isEmpty()) {
            COSBase item = next.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new DocumentRefusedException("documents.tooComplex");
            }
            if (item instanceof COSDictionary dictionary) {
                COSName action = dictionary.getCOSName(COSName.S);
                if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                        || COSName.JAVA_SCRIPT.equals(action) || LAUNCH.equals(action)) {
                    return true;
                }
                dictionary.getValues().forEach(next::push);
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    next.push(array.get(i));
                }
            }
        }
        return false;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
