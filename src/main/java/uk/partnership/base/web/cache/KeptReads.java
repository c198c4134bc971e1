package uk.partnership.base.web.cache;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reference data every page shows (the partnership's settings, the schools, the categories) kept in memory until
 * content changes: read once per content generation of {@link PageCache} rather than on every request (issue 18).
 * Every instance hears of every change from the database ({@link ContentChangeListener}) and the instance that makes
 * one forgets at once, so nothing is kept that another instance has changed, beyond the moment the notification
 * takes. While this instance is not listening (at start-up, or with its listening connection lost) nothing is kept:
 * every read goes to the database, as without this class.
 */
@Component
public class KeptReads {

    private final PageCache generations;
    private final boolean enabled;

    KeptReads(PageCache generations, @Value("${site.kept-reads.enabled:true}") boolean enabled) {
        this.generations = generations;
        this.enabled = enabled;
    }

    /** A supplier that gives what {@code read} gave in the current content generation, reading again after a change. */
    public <T> Supplier<T> keep(Supplier<T> read) {
        return new Kept<>(read);
    }

    boolean isEnabled() {
        return enabled;
    }

    private final class Kept<T> implements Supplier<T> {

        private final Supplier<T> read;
        private volatile @Nullable Read<T> kept;

        private record Read<T>(long generation, T value) {
        }

        Kept(Supplier<T> read) {
            this.read = read;
        }

        @Override
        public T get() {
            if (!enabled || !generations.isListening()) {
                return read.get();
            }
            // The generation is taken before reading: a change heard of during the read makes the value stale at once.
            long generation = generations.generation();
            Read<T> current = kept;
            if (current != null && current.generation() == generation) {
                return current.value();
            }
            T value = read.get();
            kept = new Read<>(generation, value);
            return value;
        }
    }
}
