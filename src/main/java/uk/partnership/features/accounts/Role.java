package uk.partnership.features.accounts;

/** What a signed-in person may do: coordinators run the site; representatives act for one school. */
public enum Role {
    COORDINATOR, REPRESENTATIVE;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
