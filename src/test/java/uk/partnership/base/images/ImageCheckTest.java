package uk.partnership.base.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The checker, with real bytes: what it refuses (and why), and what it keeps of what it accepts. */
class ImageCheckTest {

    @Test
    void aRenamedExecutableIsNotAPicture() {
        assertRefused(TestPictures.executable(), "images.notAPicture");
    }

    @Test
    void anSvgWithAScriptIsNotAccepted() {
        assertRefused(TestPictures.svgWithScript(), "images.notAPicture");
    }

    @Test
    void aGifIsNotAccepted() {
        assertRefused(TestPictures.encode(TestPictures.drawing(20, 20, BufferedImage.TYPE_INT_RGB), "gif"),
                "images.notAPicture");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "images.empty");
    }

    @Test
    void aTruncatedJpegIsRefused() {
        assertRefused(TestPictures.truncatedJpeg(), "images.unreadable");
    }

    @Test
    void sixtyMegapixelsAreRefusedFromTheHeaderAlone() {
        byte[] header = TestPictures.pngHeader(8000, 7500);
        assertThat(header).hasSizeLessThan(64);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        assertRefused(header, "images.tooManyPixels");
        long after = runtime.totalMemory() - runtime.freeMemory();
        // Decoding would need 8000 × 7500 × 3 bytes = 180 MB; the check reads 33 bytes.
        assertThat(after - before).isLessThan(50L * 1024 * 1024);
    }

    @Test
    void moreThanTenMegabytesAreRefused() {
        assertRefused(new byte[(int) ImageCheck.MAX_BYTES + 1], "images.tooLarge");
    }

    @Test
    void aPhotoIsResizedToEachWidthNeverUpscaled() throws Exception {
        var processed = ImageCheck.process(TestPictures.jpeg(1000, 500));
        assertThat(processed.extension()).isEqualTo("jpg");
        assertThat(processed.variants()).extracting(ImageCheck.Variant::width).containsExactly(400, 800, 1000);
        assertThat(processed.variants()).extracting(ImageCheck.Variant::height).containsExactly(200, 400, 500);
        for (var variant : processed.variants()) {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
            assertThat(read.getWidth()).isEqualTo(variant.width());
        }
        assertThat(ImageCheck.process(TestPictures.jpeg(3000, 2000)).variants())
                .extracting(ImageCheck.Variant::width).containsExactly(400, 800, 1600);
        assertThat(ImageCheck.process(TestPictures.jpeg(300, 200)).variants())
                .extracting(ImageCheck.Variant::width).containsExactly(300);
    }

    @Test
    void transparencyIsKeptAsPng() throws Exception {
        var processed = ImageCheck.process(TestPictures.transparentPng(500, 500));
        assertThat(processed.extension()).isEqualTo("png");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(processed.variants().getFirst().bytes()));
        assertThat(read.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void gpsAndCameraMetadataAreGoneAndTheOrientationIsApplied() throws Exception {
        byte[] upload = TestPictures.jpegWithExif(600, 400, 6);
        assertThat(ImageCheck.orientation(upload)).isEqualTo(6);
        assertThat(contains(upload, "Exif")).isTrue();
        assertThat(contains(upload, "Canon")).isTrue();

        var processed = ImageCheck.process(upload);

        for (var variant : processed.variants()) {
            assertThat(contains(variant.bytes(), "Exif")).isFalse();
            assertThat(contains(variant.bytes(), "Canon")).isFalse();
            assertThat(ImageCheck.orientation(variant.bytes())).isEqualTo(1);
        }
        // Orientation 6 is "turn a quarter clockwise": 600 × 400 as stored is 400 × 600 upright.
        var largest = processed.largest();
        assertThat(largest.width()).isEqualTo(400);
        assertThat(largest.height()).isEqualTo(600);
    }

    @Test
    void theSameUploadHasTheSameHash() throws Exception {
        byte[] upload = TestPictures.png(50, 40);
        assertThat(ImageCheck.process(upload).hash()).isEqualTo(ImageCheck.process(upload).hash())
                .matches("[0-9a-f]{32}");
    }

    private static void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> ImageCheck.process(bytes)).isInstanceOf(PictureRefusedException.class)
                .extracting(refused -> ((PictureRefusedException) refused).code()).isEqualTo(code);
    }

    private static boolean contains(byte[] bytes, String text) throws IOException {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
