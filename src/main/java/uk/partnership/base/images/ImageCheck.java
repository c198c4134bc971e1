package uk.partnership.base.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * Checks an upload by its bytes and turns it into the variants the site stores. The type comes from the file's
 * first bytes (JPEG, PNG or WebP; anything else, SVG and GIF included, is refused), the size in pixels from its
 * header before a single pixel is decoded (so a small file that would decode to 60 megapixels costs nothing), and
 * then the pixels are decoded, resized to each width, turned upright by the EXIF orientation and re-encoded: what is
 * stored is pixels only, so no EXIF, GPS, XMP or comment from the upload survives.
 * <p>
 * The heap a picture takes is bounded, whatever its size: a larger one is decoded keeping every second (third, …)
 * pixel of every second row, to at most {@link #MAX_DECODED_PIXELS}, and each variant is turned upright as it is
 * resized, never the whole picture. Decoded whole, a phone's 12-megapixel photo took 37 MB and its upright copy
 * 49 MB more, which production's 128 MB heap did not have (every such upload failed with an out-of-memory error).
 */
final class ImageCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    /**
     * The most pixels decoded of one picture: 18 MB at the 3 bytes a pixel of a photo, 24 MB with transparency. A
     * photo of 3,000 × 2,000 is decoded whole; a phone's of 12 megapixels at 2,016 × 1,512, which keeps the largest
     * variant 1,600 pixels wide from a landscape photo and 1,512 from a portrait one.
     */
    static final long MAX_DECODED_PIXELS = 6_000_000L;

    /** What is stored: the hash of the upload's bytes, and one encoded picture per width. */
    record Processed(String hash, String extension, List<Variant> variants) {

        Variant largest() {
            return variants.getLast();
        }
    }

    record Variant(int width, int height, byte[] bytes) {
    }

    private ImageCheck() {
    }

    static Processed process(byte[] bytes) throws PictureRefusedException {
        if (bytes.length == 0) {
            throw new PictureRefusedException("images.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PictureRefusedException("images.tooLarge");
        }
        String format = format(bytes);
        if (format == null) {
            throw new PictureRefusedException("images.notAPicture");
        }
        BufferedImage image = decode(bytes, format);
        int orientation = "jpeg".equals(format) ? orientation(bytes) : 1;
        boolean turned = orientation >= 5;
        int uprightWidth = turned ? image.getHeight() : image.getWidth();
        int uprightHeight = turned ? image.getWidth() : image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        String extension = alpha ? "png" : "jpg";
        List<Variant> variants = new ArrayList<>();
        for (int width : new Picture(".", Math.min(uprightWidth, Picture.LARGEST), 1, extension, "").widths()) {
            int height = Math.max(1, Math.round((float) uprightHeight * width / uprightWidth));
            BufferedImage resized = resize(image, width, height, orientation, alpha);
            variants.add(new Variant(resized.getWidth(), resized.getHeight(), encode(resized, alpha)));
        }
        return new Processed(hash(bytes), extension, variants);
    }

    /** The type by the file's signature, never by its name or the browser's word. */
    static String format(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    private static BufferedImage decode(byte[] bytes, String format) throws PictureRefusedException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new PictureRefusedException("images.notAPicture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new PictureRefusedException("images.unreadable");
                }
                if (width * height > MAX_PIXELS) {
                    throw new PictureRefusedException("images.tooManyPixels");
                }
                // A JPEG cut short decodes with a warning and grey where the rest should be: refused, not kept.
                AtomicBoolean warned = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (warned.get() || ("jpeg".equals(format) && !endsWithEndOfImage(bytes))) {
                    throw new PictureRefusedException("images.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            throw new PictureRefusedException("images.unreadable");
        }
    }

    /** A whole JPEG ends with the end-of-image marker (some cameras pad after it with zeros). */
    private static boolean endsWithEndOfImage(byte[] bytes) {
        int end = bytes.length - 1;
        while (end > 0 && bytes[end] == 0) {
            end--;
        }
        return end >= 1 && (bytes[end - 1] & 0xff) == 0xFF && (bytes[end] & 0xff) == 0xD9;
    }

    /** The EXIF orientation (1 to 8) of a JPEG, 1 when it has none. */
    static int orientation(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
            for (JPEGSegment segment : segments) {
                byte[] data = segment.data().readAllBytes();
                // The segment's data starts with "Exif\0\0" (the identifier's bytes past the name), then TIFF.
                int offset = data.length > 1 && data[0] == 0 ? 1 : 0;
                try (ImageInputStream tiff = ImageIO.createImageInputStream(
                        new ByteArrayInputStream(data, offset, data.length - offset))) {
                    Directory exif = new TIFFReader().read(tiff);
                    Entry entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number number) {
                        int value = number.intValue();
                        return value >= 1 && value <= 8 ? value : 1;
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
        return 1;
    }

    /**
     * Where a pixel (x, y) of a picture stored {@code w} × {@code h} goes to be seen as the camera meant it, as
     * x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
     */
    private static AffineTransform upright(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /**
     * Every how many pixels, across and down, a picture of this size is decoded: 1 (every pixel) unless that would
     * be more than {@link #MAX_DECODED_PIXELS}, otherwise the fewest that keep what is decoded within it.
     */
    static int subsampling(long width, long height) {
        int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS)));
        // A row keeps its first pixel and every step-th after it: 4,001 pixels at a step of 2 keep 2,001.
        while (Math.ceilDiv(width, step) * Math.ceilDiv(height, step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    /**
     * The picture {@code width} × {@code height} as seen upright. Photos are drawn in 3 bytes a pixel: the JPEG
     * writer copies 4-byte pixels whole to encode them (38 MB for a variant of 3 megapixels, against 10).
     */
    private static BufferedImage resize(BufferedImage source, int width, int height, int orientation, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR;
        boolean turned = orientation >= 5;
        int storedWidth = turned ? height : width;
        int storedHeight = turned ? width : height;
        BufferedImage current = source;
        // Halving step by step keeps a large photo sharp without a costly filter.
        while (current.getWidth() / 2 >= storedWidth && current.getHeight() / 2 >= storedHeight) {
            int halfWidth = current.getWidth() / 2;
            int halfHeight = Math.max(1, Math.round((float) current.getHeight() / 2));
            current = draw(current, halfWidth, halfHeight, AffineTransform.getScaleInstance(
                    (double) halfWidth / current.getWidth(), (double) halfHeight / current.getHeight()), type);
        }
        // The last step scales and turns in one drawing: the picture is never copied whole just to be turned.
        AffineTransform last = upright(orientation, storedWidth, storedHeight);
        last.scale((double) storedWidth / current.getWidth(), (double) storedHeight / current.getHeight());
        return draw(current, width, height, last, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, AffineTransform transform,
                                      int type) {
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, transform, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image, boolean alpha) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (alpha) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException("Encoding in memory failed", impossible);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
