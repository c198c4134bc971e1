/**
 * Documents: PDF files (a consent form, a letter to parents) attached to an event, a news post or a programme page.
 * An upload is checked by its content ({@link uk.partnership.base.documents.DocumentCheck}: the PDF signature, a real
 * parse with PDFBox, at least one page, no encryption, no script), kept in PostgreSQL, listed on its owner's page
 * with its title, type and size, and served as a download at an address that holds a hash of its bytes. The owners
 * are features: each tells this module, through a {@link uk.partnership.base.documents.DocumentOwner}, whether an
 * item exists and is public, so that a draft's documents are never served to a visitor (ADR 0032).
 */
@NullMarked
package uk.partnership.base.documents;

import org.jspecify.annotations.NullMarked;
