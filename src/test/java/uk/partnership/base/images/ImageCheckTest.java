package uk.partnership.base.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
    void aTurnedPhotoIsTurnedAsAWholeNotJustItsSize() throws Exception {
        // The drawing's white block sits right of and below the middle as stored (2/3 across, 5/8 down, at its
        // centre); a quarter turn clockwise puts it left of the middle and low: 3/8 across, 2/3 down.
        var largest = ImageCheck.process(TestPictures.jpegWithExif(1200, 900, 6)).largest();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(largest.bytes()));
        Color block = new Color(read.getRGB(read.getWidth() * 3 / 8, read.getHeight() * 2 / 3));
        assertThat(block.getRed() + block.getGreen() + block.getBlue()).as("white").isGreaterThan(3 * 230);
        // Where the block would be if turned the other way, the yellow disc is.
        Color elsewhere = new Color(read.getRGB(read.getWidth() * 5 / 8, read.getHeight() / 3));
        assertThat(elsewhere.getRed() - elsewhere.getBlue()).as("yellow").isGreaterThan(150);
    }

    /**
     * A phone's portrait photo, 12 megapixels stored on its side. Decoded whole it took 37 MB of the heap and its
     * upright copy 49 MB more: production's heap of 128 MB could not hold them, and every such upload failed with an
     * out-of-memory error (a 500). What the check allocates in all is counted here (no time is measured).
     */
    @Test
    void aPhonesTwelveMegapixelPortraitTakesABoundedHeap() throws Exception {
        byte[] upload = TestPictures.jpegWithExif(4032, 3024, 6);
        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = thread.getCurrentThreadAllocatedBytes();

        var processed = ImageCheck.process(upload);

        long allocated = thread.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated").isLessThan(64L * 1024 * 1024);
        // Decoded at every second pixel of every second row: 2,016 × 1,512 as stored, 1,512 × 2,016 upright.
        assertThat(processed.variants()).extracting(ImageCheck.Variant::width).containsExactly(400, 800, 1512);
        assertThat(processed.largest().height()).isEqualTo(2016);
    }

    @Test
    void whatIsDecodedIsAtMostSixMegapixels() {
        assertThat(ImageCheck.subsampling(3000, 2000)).isEqualTo(1);
        assertThat(ImageCheck.subsampling(4032, 3024)).isEqualTo(2);
        // Under 24,000,000 pixels, but a step of 2 keeps 2,001 × 2,999 (a row keeps its first pixel and every
        // second after it), just over 6,000,000: so 3.
        assertThat(ImageCheck.subsampling(4001, 5997)).isEqualTo(3);
        // 40 megapixels at a step of 3: 2,434 × 1,824.
        assertThat(ImageCheck.subsampling(7300, 5470)).isEqualTo(3);
        for (long[] size : new long[][] {{7300, 5470}, {5712, 4284}, {1170, 20000}, {40_000, 1000}, {4001, 5997}}) {
            int step = ImageCheck.subsampling(size[0], size[1]);
            assertThat(Math.ceilDiv(size[0], step) * Math.ceilDiv(size[1], step))
                    .isLessThanOrEqualTo(ImageCheck.MAX_DECODED_PIXELS);
        }
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
