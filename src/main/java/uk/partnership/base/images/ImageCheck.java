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
 * then the pixels are decoded, turned upright by the EXIF orientation, and re-encoded at each width: what is stored
 * is pixels only, so no EXIF, GPS, XMP or comment from the upload survives.
 */
final class ImageCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

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
        if ("jpeg".equals(format)) {
            image = upright(image, orientation(bytes));
        }
        boolean alpha = image.getColorModel().hasAlpha();
        String extension = alpha ? "png" : "jpg";
        List<Variant> variants = new ArrayList<>();
        for (int width : new Picture(".", Math.min(image.getWidth(), Picture.LARGEST), 1, extension, "").widths()) {
            BufferedImage resized = resize(image, width, alpha);
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
                BufferedImage image = reader.read(0);
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

    /** The pixels as the camera meant them to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        // Where a pixel (x, y) of the stored image goes, as x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage resize(BufferedImage source, int width, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        // Halving step by step keeps a large photo sharp without a costly filter.
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2,
                    Math.max(1, Math.round((float) current.getHeight() / 2)), type);
        }
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        return draw(current, width, height, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
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
