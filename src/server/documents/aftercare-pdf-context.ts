import { aftercareSheet } from "../../domain/messaging/aftercare-sheet.ts";
import { createFormatter } from "../../domain/time/format.ts";
import type { Tenant } from "../db/tenant.ts";
import { unprocessable } from "../http/problem.ts";
import { loadClinicalSettings } from "../use-cases/consultations/clinical-settings-store.ts";
import { loadAppointmentContext } from "../use-cases/messaging/appointment-context.ts";
import { loadMessagingSettings } from "../use-cases/messaging/settings-store.ts";
import type { AftercarePdfInput } from "./aftercare-pdf.ts";

/** Everything the aftercare sheet of one appointment prints, from the clinic's own settings. */
export async function aftercarePdfInput(
  tenant: Tenant,
  appointmentId: string,
): Promise<AftercarePdfInput> {
  const ctx = await loadAppointmentContext(tenant, appointmentId);
  const a = ctx.plan;
  if (a.serviceKind !== "treatment" && a.serviceKind !== "touch_up") {
    throw unprocessable("Aftercare sheets are for treatment sessions and touch-ups.");
  }
  if (a.status === "cancelled" || a.status === "no_show") {
    throw unprocessable("This appointment did not take place, so it has no aftercare sheet.");
  }
  const { settings } = await loadMessagingSettings(tenant);
  const clinical = (await loadClinicalSettings(tenant)).settings;
  const fmt = createFormatter({ locale: ctx.message.clinic.locale, timeZone: a.timeZone });
  const sheet = aftercareSheet({
    endsAt: a.endsAt,
    timeZone: a.timeZone,
    final: a.finalSession,
    settings,
    includedTouchUps: a.serviceKind === "treatment" ? clinical.aftercare.includedTouchUps : [],
  });
  const sessionLabel =
    a.courseSession === null || ctx.courseSessions === null
      ? ""
      : a.finalSession
        ? `Final session (${a.courseSession} of ${ctx.courseSessions})`
        : `Session ${a.courseSession} of ${ctx.courseSessions}`;
  return {
    clinic: {
      name: ctx.message.clinic.name,
      phone: ctx.message.clinic.phone,
      email: ctx.message.clinic.email,
      address: ctx.locationAddress,
      colour: ctx.brand.primaryColour,
    },
    client: { name: ctx.clientName },
    sessionLabel,
    sessionEnded: a.endsAt,
    sheet,
    fmt,
  };
}
