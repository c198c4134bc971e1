package uk.partnership.base.documents;

/** An upload that is not a document the site keeps; {@link #code()} is the message key saying why. */
class DocumentRefusedException extends Exception {

    private final String code;

    DocumentRefusedException(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
