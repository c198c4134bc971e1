package uk.partnership.base.images;

/** An upload that is not a picture the site keeps; {@link #code()} is the message key saying why. */
public class PictureRefusedException extends Exception {

    private final String code;

    public PictureRefusedException(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
