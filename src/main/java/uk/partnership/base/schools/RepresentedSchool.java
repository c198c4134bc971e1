package uk.partnership.base.schools;

/**
 * The school a signed-in representative acts for, taken from their account, never from what they post: a controller
 * in any module takes it as a parameter (resolved by the accounts module, which alone knows the security principal),
 * and anyone else who reaches such a controller is refused.
 */
public record RepresentedSchool(long id) {
}
