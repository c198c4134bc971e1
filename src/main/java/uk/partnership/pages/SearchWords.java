package uk.partnership.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words the site's content uses (table {@code search_word}, kept by triggers, V43), for a search that found
 * nothing: each word typed is replaced by the nearest known word by trigram similarity ("mentorin" → "mentoring"),
 * in one statement over an index of a few thousand short words rather than over every text.
 */
@Component
class SearchWords {

    /** At most this many words of a query are corrected. */
    static final int MAX_WORDS = 8;

    private final JdbcClient jdbc;

    SearchWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nearest known word of each word of {@code text} that has one, in order, without repeats. */
    List<String> nearest(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3 && word.length() <= 40).distinct().limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select (select w.word from search_word w where w.word operator(trigrams.%) q.word
                                order by trigrams.similarity(w.word, q.word) desc, w.word limit 1) as nearest
                        from unnest(cast(:words as text[])) with ordinality as q(word, n)
                        order by q.n""")
                .param("words", words.toArray(String[]::new))
                .query((rs, row) -> rs.getString("nearest")).list().stream()
                .filter(word -> word != null).distinct().toList();
    }
}
