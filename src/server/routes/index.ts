import { alertsRouter } from "./alerts/index.ts";
import { appointmentsRouter } from "./appointments/index.ts";
import { bookingPolicyRouter } from "./booking-policy/index.ts";
import { calendarRouter } from "./calendar/index.ts";
import { calendarFeedsRouter, publicCalendarsRouter } from "./calendar-feeds/index.ts";
import { publicCheckInsRouter } from "./check-ins/index.ts";
import { clientLinksRouter } from "./client-links/index.ts";
import { clientsRouter } from "./clients/index.ts";
import { clinicRouter } from "./clinic/index.ts";
import { clinicalSettingsRouter } from "./clinical-settings/index.ts";
import { consentsRouter, portalConsentsRouter } from "./consents/index.ts";
import { consultationsRouter } from "./consultations/index.ts";
import { devOutboxRouter } from "./dev-outbox/index.ts";
import { invitationsRouter } from "./invitations/index.ts";
import { locationsRouter } from "./locations/index.ts";
import { meRouter } from "./me/index.ts";
import { messagingRouter } from "./messaging/index.ts";
import { outboxRouter } from "./outbox/index.ts";
import { patchTestsRouter } from "./patch-tests/index.ts";
import { photoFilesRouter, photosRouter } from "./photos/index.ts";
import { portalPublicRouter, portalRouter } from "./portal/index.ts";
import { portalBookingRouter } from "./portal-booking/index.ts";
import { publicPrepRouter } from "./prep/index.ts";
import { previewFilesRouter, previewRouter } from "./preview/index.ts";
import { publicBookingRouter } from "./public-booking/index.ts";
import { publicBookingSettingsRouter } from "./public-booking-settings/index.ts";
import { schedulingRouter } from "./scheduling/index.ts";
import { servicesRouter } from "./services/index.ts";
import { sessionsRouter } from "./sessions/index.ts";
import { staffRouter } from "./staff/index.ts";
import { stockRouter } from "./stock/index.ts";
import { publicWaitlistRouter, waitlistRouter } from "./waitlist/index.ts";

/** Every API router, mounted under /api by app.ts. */
export const apiRouters = [
  appointmentsRouter,
  calendarRouter,
  clientsRouter,
  staffRouter,
  invitationsRouter,
  devOutboxRouter,
  outboxRouter,
  meRouter,
  clinicRouter,
  locationsRouter,
  servicesRouter,
  clinicalSettingsRouter,
  bookingPolicyRouter,
  consultationsRouter,
  sessionsRouter,
  photosRouter,
  photoFilesRouter,
  previewRouter,
  previewFilesRouter,
  schedulingRouter,
  calendarFeedsRouter,
  publicCalendarsRouter,
  waitlistRouter,
  publicWaitlistRouter,
  publicCheckInsRouter,
  clientLinksRouter,
  publicPrepRouter,
  alertsRouter,
  stockRouter,
  patchTestsRouter,
  messagingRouter,
  publicBookingSettingsRouter,
  publicBookingRouter,
  portalPublicRouter,
  portalRouter,
  consentsRouter,
  portalConsentsRouter,
  portalBookingRouter,
];
