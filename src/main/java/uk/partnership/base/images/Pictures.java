package uk.partnership.base.images;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import uk.partnership.base.web.UploadTurns;

/** What other modules use: receive an upload, and find a stored picture by its hash. */
@Service
public class Pictures {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}");

    private final ImageStore store;
    private final UploadTurns turns;

    Pictures(ImageStore store, UploadTurns turns) {
        this.store = store;
        this.turns = turns;
    }

    /** Whether a file was chosen at all: a form posted without one sends an empty part with no name. */
    public static boolean chosen(@Nullable MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isEmpty()));
    }

    /** Checks and keeps an upload, returning the stored picture (alt text empty), or says why it was refused. */
    public Picture receive(MultipartFile file) throws PictureRefusedException {
        if (file.getSize() > ImageCheck.MAX_BYTES) {
            throw new PictureRefusedException("images.tooLarge");
        }
        byte[] bytes;
        try (InputStream input = file.getInputStream()) {
            bytes = input.readNBytes((int) ImageCheck.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new PictureRefusedException("images.unreadable");
        }
        return receive(bytes);
    }

    /** Checks and keeps a picture made by the site itself (the demo's), exactly as an upload. */
    public Picture receive(byte[] bytes) throws PictureRefusedException {
        // The check takes up to 30 MB of the heap: it waits its turn.
        ImageCheck.Processed processed = turns.inTurn(() -> ImageCheck.process(bytes),
                () -> new PictureRefusedException("images.busy"));
        store.save(processed);
        var largest = processed.largest();
        return new Picture(processed.hash(), largest.width(), largest.height(), processed.extension(), "");
    }

    /**
     * The stored picture, touched as in use by a form being saved in this transaction, so the clean-up cannot delete
     * it meanwhile (ADR 0031); empty when it is not (or no longer) stored.
     */
    public Optional<Picture> keep(@Nullable String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        return store.touch(hash);
    }

    public Optional<Picture> find(@Nullable String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        return store.find(hash);
    }
}
