package uk.partnership.features.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;

/** The fixture feeds of src/test/resources/imports, their "YYYY" made next year so they are always ahead. */
public final class Fixtures {

    public static final int YEAR = Year.now().getValue() + 1;

    private Fixtures() {
    }

    static byte[] feed(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("YYYY", String.valueOf(YEAR))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
