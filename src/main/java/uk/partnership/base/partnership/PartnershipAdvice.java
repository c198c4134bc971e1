package uk.partnership.base.partnership;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the partnership into every view, for the layout's header and footer. */
@ControllerAdvice
class PartnershipAdvice {

    private final LayoutPartnership layout;

    PartnershipAdvice(LayoutPartnership layout) {
        this.layout = layout;
    }

    @ModelAttribute("partnership")
    PartnershipView partnership() {
        return layout.partnership();
    }
}
