package uk.partnership.config;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.partnership.base.web.Assets;
import uk.partnership.base.web.ErrorWording;

/**
 * The few requests that Tomcat refuses before the application sees them (an address with an encoded NUL, slash or
 * backslash, a malformed request line) got Tomcat's own error page, in its style and its words. They get a page of the
 * site's instead: its stylesheet, the words of its own error pages (messages.properties) and a link to the home page.
 * It cannot show the partnership's name or menus, which come from the database: Tomcat answers these requests without
 * the application.
 */
@Component
class ServerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;
    private final Assets assets;

    ServerErrorPage(MessageSource messages, Assets assets) {
        this.messages = messages;
        this.assets = assets;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new Valve(this::page));
                // Tomcat adds a report valve of this class at start-up only if the host has none: it has this one.
                host.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** The page for {@code status}, in the words of the site's own error page for it ({@link ErrorWording}). */
    String page(int status) {
        String kind = ErrorWording.keyFor(status);
        String title = text("error." + kind + ".title");
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <main id="main" class="container main">
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(title, HtmlUtils.htmlEscape(assets.url("/css/site.css")), title,
                text("error." + kind + ".body"), text("error.home"));
    }

    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.UK));
    }

    /** Tomcat's report valve, writing the site's page rather than Tomcat's for an error response with no body. */
    static final class Valve extends ErrorReportValve {

        private final IntFunction<String> page;

        Valve(IntFunction<String> page) {
            this.page = page;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page.apply(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // The client has gone, or the response was sent meanwhile: there is no one to show a page to.
            }
        }
    }
}
