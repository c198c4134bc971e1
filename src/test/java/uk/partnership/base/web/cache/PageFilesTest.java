package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large kept bodies on disk: written once each, deleted when no request can still be sending them (the cache's
 * time to live and a grace period after they were written), all deleted when the application stops, and never
 * a reason for a page to fail when the disk does.
 */
class PageFilesTest {

    private static final int FROM = 1024;

    @TempDir
    Path directory;

    @Test
    void aLargeBodyIsWrittenToAFileOfItsOwnAndASmallOneIsNot() throws IOException {
        var files = new PageFiles(directory, FROM, Duration.ofMinutes(2));

        String first = files.write(new byte[FROM]);
        String second = files.write(new byte[FROM]);

        assertThat(first).isNotNull().isNotEqualTo(second);
        assertThat(Files.readAllBytes(Path.of(first))).hasSize(FROM);
        assertThat(Path.of(first)).isEqualTo(Path.of(first).toRealPath());
        assertThat(files.write(new byte[FROM - 1])).isNull();
    }

    @Test
    void filesOlderThanTheirTimeAreDeletedWhenTheNextIsWritten() throws IOException {
        var files = new PageFiles(directory, FROM, Duration.ofMinutes(2));
        Path old = Path.of(files.write(new byte[FROM]));
        Path recent = Path.of(files.write(new byte[FROM]));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        Path newest = Path.of(files.write(new byte[FROM]));

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(newest).exists();
    }

    @Test
    void stoppingDeletesEveryFileAndTheDirectory() throws IOException {
        var files = PageFiles.inTemporaryDirectory(FROM, Duration.ofMinutes(2));
        Path file = Path.of(files.write(new byte[FROM]));
        assertThat(file.getParent()).isEqualTo(files.directory());

        files.close();

        assertThat(file).doesNotExist();
        assertThat(files.directory()).doesNotExist();
    }

    @Test
    void noDirectoryIsMadeUntilALargeBodyIsKept() throws IOException {
        var files = PageFiles.inTemporaryDirectory(FROM, Duration.ofMinutes(2));
        files.write(new byte[FROM - 1]);

        assertThat(files.directory()).isNull();
        files.close();
    }

    @Test
    void aBodyThatCannotBeWrittenIsServedFromMemory() throws IOException {
        Files.delete(directory);
        assertThat(new PageFiles(directory, FROM, Duration.ofMinutes(2)).write(new byte[FROM])).isNull();

        Files.createDirectory(directory);
        var files = new PageFiles(directory, FROM, Duration.ofMinutes(2));
        assertThat(files.write(new byte[FROM])).isNotNull();
        files.close();   // as a cleaner of temporary files would
        assertThat(files.write(new byte[FROM])).isNull();
    }
}
