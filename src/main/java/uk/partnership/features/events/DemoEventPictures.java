package uk.partnership.features.events;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureRefusedException;
import uk.partnership.base.images.Pictures;

/**
 * The demo's event pictures: drawn here with Java2D (no photo of anyone, nothing downloaded) and kept through
 * {@link Pictures} exactly as an upload, for three events that have none.
 */
@Component
@Profile("demo")
class DemoEventPictures implements ApplicationRunner {

    private final Pictures pictures;
    private final JdbcClient jdbc;

    DemoEventPictures(Pictures pictures, JdbcClient jdbc) {
        this.pictures = pictures;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws PictureRefusedException {
        give("ox14-christmas-concert", "A stage lit in gold under a dark blue sky, with music notes rising", this::stage);
        give("science-talk-fusion-energy-at-culham", "A glowing ring of plasma around a bright core", this::fusion);
        give("ox14-sports-day", "", this::track);
    }

    private void give(String slug, String alt, Consumer<Graphics2D> drawing) throws PictureRefusedException {
        Picture picture = pictures.receive(draw(drawing)).withAlt(alt);
        jdbc.sql("""
                update event set image_hash = :hash, image_width = :width, image_height = :height,
                       image_extension = :extension, image_alt = :alt
                where slug = :slug and image_hash is null""")
                .param("hash", picture.hash()).param("width", picture.width()).param("height", picture.height())
                .param("extension", picture.extension()).param("alt", picture.alt()).param("slug", slug).update();
    }

    private static byte[] draw(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.accept(g);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void stage(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x0B1E3F), 0, 900, new Color(0x23467A)));
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(0xF2B705));
        g.fillRect(200, 620, 1200, 60);
        g.setPaint(new GradientPaint(800, 100, new Color(255, 230, 150, 200), 800, 620, new Color(255, 230, 150, 0)));
        g.fillPolygon(new int[] {700, 900, 1300, 300}, new int[] {100, 100, 620, 620}, 4);
        g.setColor(Color.WHITE);
        for (int i = 0; i < 6; i++) {
            int x = 350 + i * 180;
            int y = 300 - (i % 3) * 60;
            g.fillOval(x, y, 44, 32);
            g.setStroke(new BasicStroke(8));
            g.drawLine(x + 40, y + 16, x + 40, y - 90);
        }
    }

    private void fusion(Graphics2D g) {
        g.setColor(new Color(0x0A0A23));
        g.fillRect(0, 0, 1600, 900);
        for (int r = 0; r < 12; r++) {
            g.setColor(new Color(255, 120 + r * 10, 40 + r * 15, 60 + r * 12));
            g.setStroke(new BasicStroke(30 - r * 2));
            g.drawOval(300 + r * 20, 200 + r * 12, 1000 - r * 40, 500 - r * 24);
        }
        g.setColor(new Color(0xFFF4C2));
        g.fillOval(740, 390, 120, 120);
    }

    private void track(Graphics2D g) {
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(0xC0503A));
        g.fillRoundRect(100, 150, 1400, 600, 600, 600);
        g.setColor(new Color(0x2E7D32));
        g.fillRoundRect(300, 300, 1000, 300, 300, 300);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        for (int lane = 1; lane < 4; lane++) {
            g.drawRoundRect(100 + lane * 50, 150 + lane * 38, 1400 - lane * 100, 600 - lane * 76, 600 - lane * 80,
                    600 - lane * 80);
        }
    }
}
