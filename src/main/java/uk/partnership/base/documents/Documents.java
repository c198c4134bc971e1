package uk.partnership.base.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.audit.Change;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.Slugs;
import uk.partnership.base.web.UploadTurns;

/**
 * The documents of events, news posts and programme pages: listed for their pages (the bean {@code documents}, read by
 * {@code documents/fragments.html}), added and removed by coordinators with an audit entry on the owner, and chosen
 * for a download only while their owner is public, or for a coordinator.
 */
@Service("documents")
public class Documents {

    private final DocumentStore store;
    private final Map<String, DocumentOwner> owners;
    private final AuditTrail audit;
    private final Clock clock;
    private final UploadTurns turns;
    private final TransactionTemplate transaction;

    Documents(DocumentStore store, List<DocumentOwner> owners, AuditTrail audit, Clock clock, UploadTurns turns,
              PlatformTransactionManager transactions) {
        this.store = store;
        this.owners = owners.stream().collect(Collectors.toUnmodifiableMap(DocumentOwner::kind, Function.identity()));
        this.audit = audit;
        this.clock = clock;
        this.turns = turns;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The documents of an item, in the coordinator's order; none for an item not saved yet (null). One statement, so no
     * transaction of its own: a page's template asks on every event, news post and programme page (issue 18).
     */
    public List<DocumentView> listed(String kind, @Nullable Long ownerId) {
        return ownerId == null ? List.of() : store.list(kind, ownerId);
    }

    /** The item of this kind and id, or a 404 when there is none. */
    DocumentOwner.Item owner(String kind, long ownerId) {
        DocumentOwner owner = owners.get(kind);
        return Optional.ofNullable(owner).flatMap(found -> found.find(ownerId))
                .orElseThrow(() -> new NotFoundException(kind + " " + ownerId));
    }

    /**
     * Checks and keeps an upload as the item's last document, or says why it was refused. The check comes before the
     * transaction: it parses the whole PDF (up to about 30 MB of the heap) after waiting its turn, and neither holds a
     * database connection.
     */
    DocumentView add(Actor actor, String kind, long ownerId, String title, MultipartFile file)
            throws DocumentRefusedException {
        DocumentOwner.Item owner = owner(kind, ownerId);
        byte[] bytes = read(file);
        DocumentCheck.Checked checked = turns.inTurn(() -> DocumentCheck.check(bytes),
                () -> new DocumentRefusedException("documents.busy"));
        String fileName = fileName(title);
        return transaction.execute(status -> {
            long id = store.add(kind, ownerId, title, fileName, checked, bytes, clock.instant(), actor.email());
            audit.record(actor, "document added", owner.auditItem(), ownerId, owner.title(),
                    Map.of("document", new Change(null, title + " (" + fileName + ", " + bytes.length + " bytes)")));
            return new DocumentView(id, title, checked.hash(), fileName, bytes.length, checked.pages());
        });
    }

    /** Removes one of the item's documents; empty (nothing done) when it has no such document. */
    @Transactional
    Optional<String> remove(Actor actor, String kind, long ownerId, long documentId) {
        return change(actor, kind, ownerId, "document removed", title -> new Change(title, null),
                () -> store.remove(kind, ownerId, documentId));
    }

    /** Moves one of the item's documents one place up its list; empty when it has no such document. */
    @Transactional
    Optional<String> moveUp(Actor actor, String kind, long ownerId, long documentId) {
        return change(actor, kind, ownerId, "document moved up", title -> new Change(null, title),
                () -> store.moveUp(kind, ownerId, documentId));
    }

    /** Makes a change to one of the item's documents, recorded on the item with the document's title. */
    private Optional<String> change(Actor actor, String kind, long ownerId, String action,
                                    Function<String, Change> recorded, Supplier<Optional<String>> change) {
        DocumentOwner.Item owner = owner(kind, ownerId);
        Optional<String> changed = change.get();
        changed.ifPresent(title -> audit.record(actor, action, owner.auditItem(), ownerId, owner.title(),
                Map.of("document", recorded.apply(title))));
        return changed;
    }

    /**
     * The file to serve at a hash: one whose owner a visitor may see, else, for a coordinator, any; empty when none.
     */
    @Transactional(readOnly = true)
    Optional<Download> download(String hash, boolean coordinator) {
        Download hidden = null;
        for (DocumentStore.Stored stored : store.withHash(hash)) {
            DocumentOwner owner = owners.get(stored.kind());
            boolean visible = owner != null && owner.find(stored.ownerId()).map(DocumentOwner.Item::visible)
                    .orElse(false);
            if (visible) {
                return Optional.of(new Download(stored.fileName(), store.bytes(stored.id()), true));
            }
            if (coordinator && hidden == null) {
                hidden = new Download(stored.fileName(), store.bytes(stored.id()), false);
            }
        }
        return Optional.ofNullable(hidden);
    }

    /**
     * @param visible whether a visitor may download it too (then it may be cached by anyone)
     */
    record Download(String fileName, byte[] bytes, boolean visible) {
    }

    private static byte[] read(MultipartFile file) throws DocumentRefusedException {
        if (file.getSize() > DocumentCheck.MAX_BYTES) {
            throw new DocumentRefusedException("documents.tooLarge");
        }
        try (InputStream input = file.getInputStream()) {
            return input.readNBytes((int) DocumentCheck.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new DocumentRefusedException("documents.unreadable");
        }
    }

    /** The name a download is saved under: the title's letters and digits, so nothing needs escaping. */
    static String fileName(String title) {
        String slug = Slugs.from(title);
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug + ".pdf";
    }
}
