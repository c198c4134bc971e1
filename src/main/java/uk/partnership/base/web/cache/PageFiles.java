package uk.partnership.base.web.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the large bodies of kept pages on disk, so that the servlet container sends them with the kernel's
 * {@code sendfile} instead of copying them through the heap in 8 KB writes, as nginx does with a static file.
 * Copying was most of the cost of the 2 MB feed (130 KB gzipped; issue 9, docs/performance.md).
 * <p>
 * Each kept body gets a file of its own that is never changed. A page is served for at most the cache's time to
 * live after it was kept, so a file is deleted once it is older than that plus {@code grace}: by then no request
 * can still be about to send it. Old files are swept whenever a new one is written, and all of them when the
 * application stops. The directory is made when the first file is written. When a file cannot be written, the
 * page is served from memory as before.
 */
final class PageFiles implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PageFiles.class);

    /** Makes the directory: only when the first large body is kept, so a start that keeps none leaves nothing. */
    private final Callable<Path> makeDirectory;
    private final long from;
    private final Duration keptFor;
    private final AtomicLong written = new AtomicLong();
    private volatile @Nullable Path directory;

    /**
     * @param directory an empty directory that belongs to this instance alone
     * @param from      the smallest body written to a file; smaller ones cost no more to write from memory
     * @param keptFor   how long a file stays after it was written: the cache's time to live and a grace period
     */
    PageFiles(Path directory, long from, Duration keptFor) {
        this(directory::toRealPath, from, keptFor);
    }

    private PageFiles(Callable<Path> makeDirectory, long from, Duration keptFor) {
        this.makeDirectory = makeDirectory;
        this.from = from;
        this.keptFor = keptFor;
    }

    /** Files in a new directory of this instance under the system's temporary directory, made when first needed. */
    static PageFiles inTemporaryDirectory(long from, Duration keptFor) {
        return new PageFiles(() -> Files.createTempDirectory("partnership-pages-").toRealPath(), from, keptFor);
    }

    /**
     * Writes {@code content} to a new file and returns its canonical path (what Tomcat's sendfile takes), or
     * null when the content is too small to be worth it or cannot be written.
     */
    @Nullable String write(byte[] content) {
        if (content.length < from) {
            return null;
        }
        try {
            Path in = madeDirectory();
            sweep(in);
            Path file = in.resolve("page-" + written.incrementAndGet());
            Files.write(file, content);
            return file.toString();
        } catch (Exception e) {
            log.warn("Could not keep a page in a file; it is served from memory: {}", e.toString());
            return null;
        }
    }

    private Path madeDirectory() throws Exception {
        Path made = directory;
        if (made == null) {
            synchronized (this) {
                made = directory;
                if (made == null) {
                    made = makeDirectory.call();
                    directory = made;
                }
            }
        }
        return made;
    }

    /** Deletes the files written longer ago than {@code keptFor}. */
    private void sweep(Path directory) {
        Instant before = Instant.now().minus(keptFor);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep old pages from {}: {}", directory, e.toString());
        }
    }

    /** Deletes every file and the directory. */
    @Override
    public void close() throws IOException {
        Path made = directory;
        if (made == null || !Files.exists(made)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(made)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The directory, once a file has been written. */
    @Nullable Path directory() {
        return directory;
    }
}
