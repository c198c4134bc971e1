package uk.partnership.features.imports;

/**
 * Why a feed could not be read, as a message key ({@code imports.problem.<code>}) and its arguments: shown on the
 * source's row.
 */
class FeedProblem extends Exception {

    private final String code;
    private final transient Object[] arguments;

    FeedProblem(String code, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = arguments.clone();
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
