package uk.partnership.base.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinators' view of the audit trail, newest first, filtered by a plain GET form. */
@Controller
class AuditController {

    static final String PATH = "/admin/audit";

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping(PATH)
    String audit(@RequestParam(required = false) @Nullable String item,
                 @RequestParam(required = false) @Nullable String actor,
                 @RequestParam(required = false) @Nullable String from,
                 @RequestParam(required = false) @Nullable String to,
                 @RequestParam(required = false) @Nullable String page, Model model) {
        List<String> itemTypes = entries.itemTypes();
        AuditFilter filter = AuditFilter.of(item, actor, from, to, itemTypes);
        model.addAttribute("filter", filter);
        model.addAttribute("itemTypes", itemTypes);
        model.addAttribute("page", entries.page(filter, AuditFilter.page(page)));
        model.addAttribute("pageLink", filter.pageLink(PATH));
        return "admin/audit";
    }
}
