package uk.partnership.features.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message for a proposal's thread. */
public record ReplyForm(@NotBlank(message = "{proposals.message.required}")
                 @Size(max = 5000, message = "{proposals.message.tooLong}") String body) {
}
