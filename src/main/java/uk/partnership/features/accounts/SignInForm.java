package uk.partnership.features.accounts;

/** What the sign-in page sends. Checked by Spring Security, not by Bean Validation. */
record SignInForm(String email, String password) {

    static SignInForm empty() {
        return new SignInForm("", "");
    }
}
