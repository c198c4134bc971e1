package uk.partnership.base.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Pictures made in memory for tests: drawn with ImageIO, and crafted bytes for what must be refused. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A photo-like JPEG, {@code width} by {@code height}. */
    public static byte[] jpeg(int width, int height) {
        return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG with transparency. */
    public static byte[] transparentPng(int width, int height) {
        return encode(drawing(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] png(int width, int height) {
        return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x00, 0x5A, 0x9C));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xF2, 0xB7, 0x05));
        g.fillOval(width / 8, height / 8, width / 2, height / 2);
        g.setColor(Color.WHITE);
        g.fillRect(width / 2, height / 2, width / 3, height / 4);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * A JPEG with an EXIF segment (APP1) holding an orientation, a camera make and a GPS position, right after its
     * start-of-image marker.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(200);
        // Big-endian TIFF header, IFD0 at offset 8.
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0: Make (0x010F, ASCII, "Canon\0" at offset 50), Orientation (0x0112, SHORT), GPS IFD pointer (0x8825).
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(6).putInt(50);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(60);
        tiff.putInt(0);
        tiff.position(50);
        tiff.put("Canon\0".getBytes(StandardCharsets.US_ASCII));
        // GPS IFD at 60: GPSLatitudeRef "N".
        tiff.position(60);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        byte[] tiffBytes = new byte[tiff.position() + 10];
        tiff.flip();
        tiff.get(tiffBytes, 0, tiff.limit());
        byte[] exifId = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exifId.length + tiffBytes.length;
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifId);
        out.writeBytes(tiffBytes);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Only the start of a PNG: its signature and a header (IHDR) saying {@code width} by {@code height}. */
    public static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }

    /** The start of a Windows executable, named as a picture by whoever sends it. */
    public static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, bytes, 78, 38);
        return bytes;
    }

    public static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <script>alert(document.cookie)</script>
                  <circle cx="50" cy="50" r="40" fill="red"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** The first half of a JPEG, as a broken upload leaves it. */
    public static byte[] truncatedJpeg() {
        byte[] whole = jpeg(400, 300);
        byte[] half = new byte[whole.length / 2];
        System.arraycopy(whole, 0, half, 0, half.length);
        return half;
    }
}
