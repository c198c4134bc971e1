package uk.partnership.base.schools;

/** Whether a school is state-funded or independent; a cross-sector partnership has both. */
public enum Sector {
    STATE, INDEPENDENT
}
