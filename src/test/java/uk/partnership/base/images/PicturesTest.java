package uk.partnership.base.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import uk.partnership.base.web.UploadTurns;

/** Receiving pictures: one is decoded at a time, and one that cannot have its turn is refused with a reason. */
class PicturesTest {

    @Test
    void aPictureWhoseTurnDoesNotComeIsRefusedWithAMessage() throws Exception {
        // The store is never reached: the picture is refused before it is checked.
        var turns = new UploadTurns(Duration.ofMillis(100));
        var pictures = new Pictures(null, turns);
        // Another upload's check has the turn.
        assertThat(turns.begin()).isTrue();

        assertThatThrownBy(() -> pictures.receive(TestPictures.jpeg(40, 30)))
                .isInstanceOfSatisfying(PictureRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("images.busy"));
    }
}
