package uk.partnership.base.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the site's e-mails come from, and where the demo profile catches them.
 *
 * @param from            the sender's address, e.g. {@code no-reply@partnership.example} ({@code no-reply@localhost}
 *                        when not set)
 * @param fromName        the sender's name shown by mail programs; none when blank
 * @param demoCatcherPort the port on localhost where the demo profile's mail catcher listens for SMTP
 */
@ConfigurationProperties("site.mail")
public record MailProperties(String from, @Nullable String fromName, @DefaultValue("3025") int demoCatcherPort) {

    public MailProperties {
        if (from == null || from.isBlank()) {
            from = "no-reply@localhost";
        }
        if (fromName != null && fromName.isBlank()) {
            fromName = null;
        }
    }
}
