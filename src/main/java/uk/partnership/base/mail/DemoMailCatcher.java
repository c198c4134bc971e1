package uk.partnership.base.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's local mail server: an SMTP server on localhost that keeps every message in memory and delivers
 * none. When its port is taken the demo still starts, without a catcher, and says so in the log.
 */
class DemoMailCatcher {

    static final String HOST = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);

    private final int port;
    private @Nullable GreenMail server;

    DemoMailCatcher(int port) {
        this.port = port;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        if (!portIsFree()) {
            log.warn("The demo mail catcher could not start: port {} on {} is taken. Mail sent by the demo will "
                    + "not be caught; set site.mail.demo-catcher-port (and spring.mail.port) to a free port.",
                    port, HOST);
            return;
        }
        var greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            greenMail.stop();
            log.warn("The demo mail catcher could not start on {}:{}: {}", HOST, port, e.getMessage());
            return;
        }
        server = greenMail;
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
    synchronized List<ReceivedMail> messages() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .map(ReceivedMail::of)
                .sorted(Comparator.comparing(mail -> mail.receivedAt() == null ? Instant.EPOCH : mail.receivedAt()))
                .toList();
    }

    private boolean portIsFree() {
        try (var socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
