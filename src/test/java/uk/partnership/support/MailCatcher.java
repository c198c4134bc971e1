package uk.partnership.support;

import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import uk.partnership.base.mail.ReceivedMail;

/**
 * The tests' mail server: one SMTP server on a free port of localhost for the whole test run, which keeps
 * every message and delivers none. {@link TestDatabase} starts it before any Spring context, and it
 * publishes itself as the {@code spring.mail.host} and {@code spring.mail.port} system properties, so every
 * context's mail goes here. Tests send to addresses of their own and read them back with
 * {@link #receivedBy(String)}.
 */
public final class MailCatcher {

    static final String HOST = "127.0.0.1";

    private static GreenMail server;

    private MailCatcher() {
    }

    /** Starts the catcher once per JVM; later calls do nothing. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty("spring.mail.host", HOST);
        System.setProperty("spring.mail.port", String.valueOf(port()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-catcher-stop"));
    }

    /** The SMTP port the catcher listens on. */
    public static synchronized int port() {
        start();
        return server.getSmtp().getPort();
    }

    /** Every mail delivered to {@code address} (whether as To, Cc or Bcc), oldest first. */
    public static synchronized List<ReceivedMail> receivedBy(String address) {
        start();
        return server.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .map(ReceivedMail::of)
                .toList();
    }

    /** Forgets every mail caught so far. */
    public static synchronized void purge() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not empty the mail catcher", e);
        }
    }
}
