/**
 * The audit trail: every change a signed-in person makes is recorded, in the same transaction, as who did
 * what to which item and when, with the changed fields' values before and after. Other features call
 * {@link uk.partnership.base.audit.AuditTrail}; coordinators read the trail at {@code /admin/audit}.
 */
@NullMarked
package uk.partnership.base.audit;

import org.jspecify.annotations.NullMarked;
