package uk.partnership.base.mail;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The demo's local mail server: an SMTP server on localhost (SubEtha SMTP) that keeps every message in memory
 * and delivers none. When its port is taken the demo still starts, without a catcher, and says so in the log.
 */
class DemoMailCatcher {

    static final String HOST = "127.0.0.1";

    /** The demo's mail is a few KB; anything far larger is refused rather than kept in memory. */
    private static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);

    private final int port;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    /** Not guarded by this object's lock: stop() holds it while it waits for the sessions that add here. */
    private final List<ReceivedMail> caught = new CopyOnWriteArrayList<>();
    private @Nullable SMTPServer server;

    DemoMailCatcher(int port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            var smtp = SMTPServer.port(port)
                    .bindAddress(InetAddress.getByName(HOST))
                    .hostName("localhost")
                    .maxMessageSize(MAX_MESSAGE_BYTES)
                    .messageHandler((context, from, to, data) -> arrived(data))
                    .build();
            smtp.start();
            server = smtp;
        } catch (RuntimeException | UnknownHostException e) {
            log.warn("The demo mail catcher could not start on {}:{} ({}). Mail sent by the demo will not be caught; "
                    + "set site.mail.demo-catcher-port (and spring.mail.port) to a free port.", HOST, port,
                    e.getMessage());
            return;
        }
        log.info("The demo mail catcher listens on {}:{}; caught mail is shown at /demo/mail", HOST, port);
    }

    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    synchronized boolean running() {
        return server != null;
    }

    int port() {
        return port;
    }

    /** Every caught message, oldest first, so a message keeps its position as others arrive. */
    List<ReceivedMail> messages() {
        return List.copyOf(caught);
    }

    /**
     * Keeps one message, read at once: the sender is answered only after this returns, so a message that was
     * accepted is already listed, and one that cannot be read is refused with an SMTP error.
     */
    private void arrived(byte[] data) throws RejectException {
        ReceivedMail mail;
        try {
            mail = ReceivedMail.of(new MimeMessage(session, new ByteArrayInputStream(data)), clock.instant());
        } catch (MessagingException | IllegalStateException e) {
            throw new RejectException(554, "the demo mail catcher could not read this message: " + e.getMessage());
        }
        caught.add(mail);
    }
}
