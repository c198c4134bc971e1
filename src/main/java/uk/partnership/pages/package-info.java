/**
 * Pages that compose several features: the home page and static pages, the coordinator's dashboard, a school's page,
 * and what search engines read (robots.txt, sitemap.xml). Nothing depends on this package.
 */
@NullMarked
package uk.partnership.pages;

import org.jspecify.annotations.NullMarked;
