package uk.partnership.base.documents;

import java.util.Optional;

/**
 * What a feature whose items carry documents tells this module (one bean per kind of item): which kind it is, and for
 * one item whether it exists, what it is called and whether a visitor may see it. The documents of an item that does
 * not exist, or is a draft, are served to coordinators only.
 */
public interface DocumentOwner {

    /** The part of the items' admin address, {@code /admin/{kind}/{id}}: "events", "news", "programmes". */
    String kind();

    /** The item with this id, or empty when there is none. */
    Optional<Item> find(long id);

    /**
     * @param auditItem the kind of item in the audit trail ("event"), so its documents' entries sit with its others
     * @param title     what a person calls it
     * @param visible   whether a visitor may see it (published, not a draft or a post still to come)
     * @param editPath  its coordinator's page, where its documents are listed
     */
    record Item(String auditItem, String title, boolean visible, String editPath) {
    }
}
