package uk.partnership.base.web;

import java.util.List;

/**
 * One page of one kind of search result (events, news, schools…), with how many there are in all.
 *
 * @param hits   the results on this page, in the kind's order
 * @param total  how many results of this kind match, on every page
 * @param number the page's number, from 1
 * @param size   how many results a full page holds
 */
public record SearchPage<T>(List<T> hits, long total, int number, int size) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public static <T> SearchPage<T> empty(int number, int size) {
        return new SearchPage<>(List.of(), 0, number, size);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return (long) number * size < total;
    }
}
