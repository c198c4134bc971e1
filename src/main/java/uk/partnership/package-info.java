/**
 * The partnership site. Three layers, one folder each, with arrows pointing down only (checked by ArchitectureTest):
 * {@code base} (modules every feature may use), {@code features} (each owns its tables and offers a small public API)
 * and {@code pages} (pages that compose several features). {@code config} wires them together.
 */
@NullMarked
package uk.partnership;

import org.jspecify.annotations.NullMarked;
