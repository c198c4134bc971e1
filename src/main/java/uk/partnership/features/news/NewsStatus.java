package uk.partnership.features.news;

/**
 * What the coordinator intends for a post. A scheduled post waits for its publish time; a published one was
 * published at once. Either is public from its publish time on; a draft never is.
 */
public enum NewsStatus {
    DRAFT, SCHEDULED, PUBLISHED
}
