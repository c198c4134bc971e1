/**
 * What news posts and programme pages have in common: a title, a slug whose earlier values keep redirecting, a
 * summary and a Markdown body, drafts, optimistic locking, who changed it last, and an audit entry per change.
 * {@link uk.partnership.base.content.DraftedContent} is the entities' shared part and
 * {@link uk.partnership.base.content.ContentEditing} the services' (find, version check, slug, save, audit); each
 * feature keeps its own status, fields, table and screens.
 */
@NullMarked
package uk.partnership.base.content;

import org.jspecify.annotations.NullMarked;
