import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * bench/run's picture (issue 20): a 3:2 photograph-like JPEG (smooth colour with fine grain, so it compresses as a
 * photograph does rather than as a flat colour) at each width the site keeps (400, 800, 1600), encoded as the site
 * encodes its variants (JPEG, quality 0.85). Run with the JDK's source launcher: java bench/Picture.java DIRECTORY
 * writes DIRECTORY/400.jpg, 800.jpg and 1600.jpg.
 */
class Picture {

    public static void main(String[] arguments) throws Exception {
        File directory = new File(arguments[0]);
        for (int width : new int[] {400, 800, 1600}) {
            int height = width * 2 / 3;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Random grain = new Random(width);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double u = (double) x / width, v = (double) y / height;
                    int noise = grain.nextInt(24) - 12;
                    int r = clamp((int) (90 + 120 * u + 30 * Math.sin(9 * v)) + noise);
                    int g = clamp((int) (140 + 60 * Math.sin(5 * u + 3 * v)) + noise);
                    int b = clamp((int) (200 - 110 * v + 25 * Math.cos(7 * u)) + noise);
                    image.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (FileImageOutputStream out = new FileImageOutputStream(new File(directory, width + ".jpg"))) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
