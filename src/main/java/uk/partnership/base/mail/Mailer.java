package uk.partnership.base.mail;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders and delivers the site's e-mails; the rest of the site queues them with {@link MailOutbox} instead,
 * and {@link MailOutboxWorker} delivers them. A mail named {@code invitation} has its subject in the message
 * {@code mail.invitation.subject}, its plain-text body in {@code templates/mail/invitation.txt} and its HTML
 * body in {@code templates/mail/invitation.html}; both bodies go in one multipart/alternative message, so
 * every mail program shows one of them.
 */
@Component
class Mailer {

    static final String TEMPLATES = "templates/mail/";
    static final String SUBJECT_ARGS = "subjectArgs";
    static final String SITE_NAME = "siteName";

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean configured;
    private final MessageSource messages;
    private final MailProperties properties;
    private final SpringTemplateEngine templates;

    /**
     * @param host the mail server, read when the application starts rather than when it is built: application.yml
     *             always names one (blank when {@code SPRING_MAIL_HOST} is unset), so that Spring Boot's mail sender
     *             exists in the build-time processed application too (ADR 0033), and a blank one means none
     */
    Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, MailProperties properties,
           @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.configured = !host.isBlank();
        this.messages = messages;
        this.properties = properties;
        this.templates = templateEngine(messages);
    }

    /** A mail as it will be sent: its subject and both bodies. */
    record Rendered(String subject, String text, String html) {
    }

    /**
     * Renders the mail {@code template} with {@code model}.
     * <p>
     * The subject's arguments are {@code model.get("subjectArgs")} (an {@code Object[]} or a collection) when
     * given, otherwise the {@code siteName}. Text from users in the model is escaped in the HTML body and
     * written as typed in the plain-text body; links in the model must be absolute.
     */
    Rendered render(String template, Map<String, Object> model) {
        String subject = messages.getMessage("mail." + template + ".subject", subjectArguments(model), Locale.UK);
        var context = new Context(Locale.UK, model);
        return new Rendered(subject, templates.process(template + ".txt", context),
                templates.process(template + ".html", context));
    }

    /**
     * Hands a rendered mail to the mail server; when this returns, the server has accepted it.
     *
     * @throws MailNotSentException when no mail server is configured or the server did not take the message
     */
    void deliver(String to, Rendered mail) {
        JavaMailSender mailSender = configured ? sender.getIfAvailable() : null;
        if (mailSender == null) {
            throw new MailNotSentException(SendFailure.NOT_CONFIGURED, "No mail server is configured (set SPRING_MAIL_HOST)");
        }
        try {
            mailSender.send(message -> {
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                if (properties.fromName() == null) {
                    helper.setFrom(properties.from());
                } else {
                    helper.setFrom(properties.from(), properties.fromName());
                }
                helper.setTo(to);
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), mail.html());
            });
        } catch (MailException e) {
            throw new MailNotSentException(SendFailure.of(e), e.getMessage(), e);
        }
    }

    /** Renders and delivers at once, with no outbox: for tests of the templates. */
    void send(String to, String template, Map<String, Object> model) {
        deliver(to, render(template, model));
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
