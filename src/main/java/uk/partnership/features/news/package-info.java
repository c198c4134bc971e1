/**
 * News: the public list at /news, articles, the Atom feed, and the coordinator's posts at /admin/news. A post is
 * public when it is not a draft and its publish time has come ({@link uk.partnership.features.news.NewsFeed}), so a
 * scheduled post appears on time with no job. Other features read news through {@link uk.partnership.features.news.NewsFeed}.
 */
@NullMarked
package uk.partnership.features.news;

import org.jspecify.annotations.NullMarked;
