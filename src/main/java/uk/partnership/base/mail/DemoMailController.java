package uk.partnership.base.mail;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;

/** The demo's mailbox: every mail the demo sent, newest first, and each one's bodies as source. */
@Profile("demo")
@Controller
@RequestMapping("/demo/mail")
class DemoMailController {

    private final DemoMailCatcher catcher;
    private final SiteProperties site;

    DemoMailController(DemoMailCatcher catcher, SiteProperties site) {
        this.catcher = catcher;
        this.site = site;
    }

    @GetMapping
    String list(Model model) {
        List<ReceivedMail> mails = catcher.messages();
        model.addAttribute("mails", IntStream.iterate(mails.size() - 1, index -> index >= 0, index -> index - 1)
                .mapToObj(index -> caught(index, mails.get(index)))
                .toList());
        model.addAttribute("running", catcher.running());
        model.addAttribute("port", String.valueOf(catcher.port()));
        return "demo/mail";
    }

    @GetMapping("/{index}")
    String show(@PathVariable int index, Model model) {
        List<ReceivedMail> mails = catcher.messages();
        if (index < 0 || index >= mails.size()) {
            throw new NotFoundException("caught mail " + index);
        }
        model.addAttribute("caught", caught(index, mails.get(index)));
        return "demo/mail-message";
    }

    private CaughtMail caught(int index, ReceivedMail mail) {
        ZonedDateTime sent = mail.receivedAt() == null ? null : mail.receivedAt().atZone(site.timeZone());
        return new CaughtMail(index, mail, sent == null ? null : sent.format(DateFormats.DAY_AND_TIME_TO_SECOND),
                sent == null ? null : sent.format(DateFormats.MACHINE));
    }

    /** A caught mail with its position, which its address uses, and its time as read and as machine time. */
    record CaughtMail(int index, ReceivedMail mail, @Nullable String sentAt, @Nullable String sentAtMachine) {
    }
}
