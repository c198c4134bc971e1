package uk.partnership.mail;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends the site's e-mails. A mail named {@code invitation} has its subject in the message
 * {@code mail.invitation.subject}, its plain-text body in {@code templates/mail/invitation.txt} and its HTML
 * body in {@code templates/mail/invitation.html}; both bodies go in one multipart/alternative message, so
 * every mail program shows one of them.
 * <p>
 * Sending is synchronous: when {@link #send} returns, the mail server has accepted the message.
 */
@Service
public class Mailer {

    static final String TEMPLATES = "templates/mail/";
    static final String SUBJECT_ARGS = "subjectArgs";
    static final String SITE_NAME = "siteName";

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final MailProperties properties;
    private final SpringTemplateEngine templates;

    Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, MailProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
        this.templates = templateEngine(messages);
    }

    /**
     * Renders the mail {@code template} with {@code model} and sends it to {@code to}.
     * <p>
     * The subject's arguments are {@code model.get("subjectArgs")} (an {@code Object[]} or a collection) when
     * given, otherwise the {@code siteName}. Text from users in the model is escaped in the HTML body and
     * written as typed in the plain-text body; links in the model must be absolute.
     *
     * @throws MailNotSentException when no mail server is configured or the server did not take the message
     */
    public void send(String to, String template, Map<String, Object> model) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.error("Could not send the {} mail: no mail server is configured (set SPRING_MAIL_HOST)", template);
            throw new MailNotSentException("No mail server is configured, so the " + template + " mail was not sent");
        }
        String subject = messages.getMessage("mail." + template + ".subject", subjectArguments(model), Locale.UK);
        var context = new Context(Locale.UK, model);
        String text = templates.process(template + ".txt", context);
        String html = templates.process(template + ".html", context);
        try {
            mailSender.send(message -> {
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                if (properties.fromName() == null) {
                    helper.setFrom(properties.from());
                } else {
                    helper.setFrom(properties.from(), properties.fromName());
                }
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(text, html);
            });
        } catch (MailException e) {
            log.error("Could not send the {} mail", template, e);
            throw new MailNotSentException("The " + template + " mail was not sent: " + e.getMessage(), e);
        }
    }

    private static Object[] subjectArguments(Map<String, Object> model) {
        Object given = model.get(SUBJECT_ARGS);
        if (given instanceof Object[] arguments) {
            return arguments;
        }
        if (given instanceof Collection<?> arguments) {
            return arguments.toArray();
        }
        Object siteName = model.get(SITE_NAME);
        return siteName == null ? new Object[0] : new Object[] {siteName};
    }

    /**
     * An engine of the mail's own, apart from the web pages' one: {@code .txt} templates in TEXT mode, where
     * nothing is escaped, and {@code .html} templates in HTML mode, where {@code th:text} escapes.
     */
    private static SpringTemplateEngine templateEngine(MessageSource messages) {
        var engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(TEMPLATES);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }
}
