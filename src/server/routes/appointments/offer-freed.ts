import type { Context } from "hono";
import type { Appointment } from "../../../shared/contracts/appointments.ts";
import type { StaffEnv } from "../../auth/guard.ts";
import { offerFreedTime } from "../../use-cases/waitlist/offer-freed-time.ts";

/**
 * Offers time an appointment no longer uses to the waitlist. The cancellation or move has already
 * been saved: a failure here is logged (by id only) and does not undo it.
 */
export async function offerFreedAppointments(
  c: Context<StaffEnv>,
  freed: readonly Appointment[],
): Promise<void> {
  for (const a of freed) {
    try {
      await offerFreedTime(
        c.var.tenant,
        {
          locationId: a.location.id,
          practitionerId: a.practitioner.id,
          roomId: a.room?.id ?? null,
          busyFrom: new Date(a.busyFrom),
          busyTo: new Date(a.busyTo),
        },
        new Date(),
      );
    } catch (error) {
      c.var.log.error(
        { err: error, appointmentId: a.id },
        "offering freed time to the waitlist failed",
      );
    }
  }
}
