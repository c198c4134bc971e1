/** The partnership itself: its settings, the home page, static pages, and what search engines read. */
package uk.partnership.site;
