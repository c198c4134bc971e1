package uk.partnership.features.proposals;

/** A change the person may not make to the proposal in its present status; shown as a message, never a 500. */
class ProposalRefusedException extends RuntimeException {

    private final String messageKey;

    ProposalRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
