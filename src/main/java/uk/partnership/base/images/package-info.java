/**
 * Pictures: an upload checked by its content ({@link uk.partnership.base.images.Pictures#receive}), decoded and
 * re-encoded without its metadata at a few widths, kept in PostgreSQL by a hash of its bytes, and served at
 * {@code /images/{hash}-{width}.jpg} (or {@code .png}) with an immutable cache header. Events, news and programme
 * pages refer to a picture by its {@link uk.partnership.base.images.Picture} (hash and size) and its alt text.
 */
@NullMarked
package uk.partnership.base.images;

import org.jspecify.annotations.NullMarked;
