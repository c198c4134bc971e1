package uk.partnership.features.accounts;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The one-off command that creates a new installation's first coordinator, since production has no default
 * account or password. It invites the address and prints the one-time link (valid 7 days), which the person
 * opens to choose a name and password; nothing secret is typed on the command line. See the README:
 * <pre>java -jar site.jar --spring.main.web-application-type=none --create-coordinator=name@example.org</pre>
 */
@Component
class FirstCoordinatorCommand implements ApplicationRunner {

    static final String OPTION = "create-coordinator";
    private static final Logger log = LoggerFactory.getLogger(FirstCoordinatorCommand.class);

    private final AccountService accounts;
    private final PrintStream out;

    FirstCoordinatorCommand(AccountService accounts) {
        this.accounts = accounts;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(OPTION)) {
            return;
        }
        var values = arguments.getOptionValues(OPTION);
        String email = values == null || values.isEmpty() ? "" : values.getFirst().strip();
        try {
            String link = accounts.inviteCoordinatorFromCommandLine(email);
            out.println("Invitation for the coordinator " + email + " (works once, for 7 days):");
            out.println(link);
        } catch (IllegalArgumentException refused) {
            log.error("No coordinator created: {}", refused.getMessage());
            throw refused;
        }
    }
}
