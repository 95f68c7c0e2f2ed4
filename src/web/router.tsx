import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { ClientPage } from "./app/clients/client-page.tsx";
import { ClientsPage } from "./app/clients/clients-page.tsx";
import { ConsultationPage } from "./app/consultations/consultation-page.tsx";
import { isStepId, type StepId } from "./app/consultations/steps.ts";
import { BookCoursePage } from "./app/courses/book-course-page.tsx";
import { SettingsPage } from "./app/settings/settings-page.tsx";
import { AppLayout } from "./app/shell/app-layout.tsx";
import { ForgotPasswordPage } from "./auth/forgot-password-page.tsx";
import { InvitePage } from "./auth/invite-page.tsx";
import { ResetPasswordPage } from "./auth/reset-password-page.tsx";
import { SignInPage } from "./auth/sign-in-page.tsx";
import { NotFoundPage, RouteErrorPage } from "./components/route-states.tsx";
import { safeRedirect } from "./lib/safe-redirect.ts";
import { isManager, meQuery } from "./lib/use-me.ts";
import { portalMeQuery } from "./portal/portal-api.ts";

export interface RouterContext {
  queryClient: QueryClient;
}

const text = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// Public pages: no session needed.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  component: SignInPage,
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: ForgotPasswordPage,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: (search: Record<string, unknown>): { token?: string; error?: string } => ({
    token: text(search.token),
    error: text(search.error),
  }),
  component: ResetPasswordPage,
});
const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$invitationId",
  component: InvitePage,
});
const waitlistOfferRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/waitlist-offer/$token",
  // Opened by clients from an email, often on a phone: its own small chunk.
  component: lazyRouteComponent(() => import("./offer/offer-page.tsx"), "OfferPage"),
});
const checkInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/check-in/$token",
  // Opened by clients from a message, usually on a phone: its own small chunk.
  component: lazyRouteComponent(() => import("./check-in/check-in-page.tsx"), "CheckInPage"),
});
const prepRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/prep/$token",
  // Opened by clients from an email, on a phone: its own small chunk.
  component: lazyRouteComponent(() => import("./prep/prep-page.tsx"), "PrepPage"),
});
const outboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dev/outbox",
  // Rarely opened: loaded on demand.
  component: lazyRouteComponent(() => import("./dev/outbox-page.tsx"), "OutboxPage"),
});

// The client portal (/portal/<clinic>): its own sign-in by emailed code, apart from the staff app.
// Portal pages other features add are children of portalClientRoute (signed-in client).
const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/portal/$slug",
  component: lazyRouteComponent(() => import("./portal/portal-root.tsx"), "PortalRoot"),
});
const portalSignInRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: "/sign-in",
  component: lazyRouteComponent(() => import("./portal/sign-in-page.tsx"), "PortalSignInPage"),
});
const portalClientRoute = createRoute({
  getParentRoute: () => portalRoute,
  id: "_client",
  beforeLoad: async ({ context, params }) => {
    // Only "nobody signed in" redirects; other answers (403, 409) are shown by the layout.
    const me = await context.queryClient
      .ensureQueryData(portalMeQuery(params.slug))
      .catch(() => undefined);
    if (me === null) throw redirect({ to: "/portal/$slug/sign-in", params: { slug: params.slug } });
  },
  component: lazyRouteComponent(() => import("./portal/portal-layout.tsx"), "PortalLayout"),
});
const portalHomeRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./portal/home-page.tsx"), "PortalHomePage"),
});
const portalDocumentsRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/documents",
  component: lazyRouteComponent(() => import("./portal/documents-page.tsx"), "PortalDocumentsPage"),
});
const portalPhotosRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/photos",
  component: lazyRouteComponent(() => import("./portal/photos-page.tsx"), "PortalPhotosPage"),
});
// What a client does with appointments in the portal (src/web/portal/booking).
const portalBookRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/book",
  component: lazyRouteComponent(() => import("./portal/booking/book-page.tsx"), "BookSessionsPage"),
});
const portalAppointmentsRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/appointments",
  component: lazyRouteComponent(
    () => import("./portal/booking/appointments-page.tsx"),
    "AppointmentsPage",
  ),
});
const portalWaitlistRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/waitlist",
  component: lazyRouteComponent(() => import("./portal/booking/waitlist-page.tsx"), "WaitlistPage"),
});
// The client's consent forms: sign each, download copies, withdraw marketing (src/web/portal/consents).
const portalConsentsRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/consents",
  component: lazyRouteComponent(
    () => import("./portal/consents/consents-page.tsx"),
    "PortalConsentsPage",
  ),
});
const portalCheckInsRoute = createRoute({
  getParentRoute: () => portalClientRoute,
  path: "/check-ins",
  component: lazyRouteComponent(
    () => import("./portal/booking/check-ins-page.tsx"),
    "CheckInsPage",
  ),
});

// Signed-in staff app. Child route ids start with "/_app" (e.g. "/_app/appointments").
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_app",
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: "/sign-in", search: { redirect: safeRedirect(location.href) } });
    return { me };
  },
  component: AppLayout,
});
const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/appointments" });
  },
});
const appointmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/appointments",
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    clientId?: string;
    date?: string;
    locationId?: string;
    view?: string;
    group?: string;
    who?: string;
  } => ({
    clientId: text(search.clientId),
    date: text(search.date),
    locationId: text(search.locationId),
    view: text(search.view),
    group: text(search.group),
    who: text(search.who),
  }),
  // The calendar library is the largest piece of the app: it loads with this screen.
  component: lazyRouteComponent(() => import("./app/calendar/calendar-page.tsx"), "CalendarPage"),
});
const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/clients",
  validateSearch: (search: Record<string, unknown>): { q?: string; page?: number } => {
    const page = Number(search.page);
    return { q: text(search.q), page: Number.isInteger(page) && page > 1 ? page : undefined };
  },
  component: ClientsPage,
});
const clientRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/clients/$clientId",
  component: ClientPage,
});
const consultationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/consultations/$consultationId",
  validateSearch: (search: Record<string, unknown>): { step?: StepId } => ({
    step: isStepId(search.step) ? search.step : undefined,
  }),
  component: ConsultationPage,
});
const bookCourseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/consultations/$consultationId/book",
  component: BookCoursePage,
});
const previewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/consultations/$consultationId/preview",
  // The SMP preview editor and its renderer: their own chunk.
  component: lazyRouteComponent(() => import("./app/preview/preview-page.tsx"), "PreviewPage"),
});
const sessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/appointments/$appointmentId/session",
  // The treatment-day screen, used on a tablet in the treatment room: its own chunk.
  component: lazyRouteComponent(() => import("./app/sessions/session-page.tsx"), "SessionPage"),
});
const settingsGuard = ({
  context,
  location,
}: {
  context: { me: { member: { role: Parameters<typeof isManager>[0] } } };
  location: { pathname: string };
}) => {
  // Any staff member may read the booking rules (reception explains them to clients).
  if (location.pathname === "/settings/booking") return;
  if (!isManager(context.me.member.role)) throw redirect({ to: "/appointments" });
};
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/settings",
  beforeLoad: settingsGuard,
  component: SettingsPage,
});
const settingsSectionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/settings/$",
  beforeLoad: settingsGuard,
  component: SettingsPage,
});
const waitlistRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/waitlist",
  validateSearch: (search: Record<string, unknown>): { locationId?: string; include?: string } => ({
    locationId: text(search.locationId),
    include: text(search.include),
  }),
  component: lazyRouteComponent(() => import("./app/waitlist/waitlist-page.tsx"), "WaitlistPage"),
});
const stockGuard = ({ context }: { context: { me: { member: { role: string } } } }) => {
  // Stock and batch recall lists name treated clients: clinical staff and managers only.
  if (context.me.member.role === "receptionist") throw redirect({ to: "/appointments" });
};
const stockRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/stock",
  beforeLoad: stockGuard,
  validateSearch: (search: Record<string, unknown>): { kind?: string } => ({
    kind: text(search.kind),
  }),
  component: lazyRouteComponent(() => import("./app/stock/stock-page.tsx"), "StockPage"),
});
const stockBatchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/stock/$batchId",
  beforeLoad: stockGuard,
  component: lazyRouteComponent(() => import("./app/stock/batch-page.tsx"), "BatchPage"),
});
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  // Brings the QR code generator: loaded on demand.
  component: lazyRouteComponent(() => import("./app/account/account-page.tsx"), "AccountPage"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  inviteRoute,
  waitlistOfferRoute,
  checkInRoute,
  prepRoute,
  outboxRoute,
  portalRoute.addChildren([
    portalSignInRoute,
    portalClientRoute.addChildren([
      portalHomeRoute,
      portalDocumentsRoute,
      portalPhotosRoute,
      portalBookRoute,
      portalAppointmentsRoute,
      portalWaitlistRoute,
      portalCheckInsRoute,
      portalConsentsRoute,
    ]),
  ]),
  appRoute.addChildren([
    indexRoute,
    appointmentsRoute,
    clientsRoute,
    clientRoute,
    consultationRoute,
    bookCourseRoute,
    previewRoute,
    sessionRoute,
    waitlistRoute,
    stockRoute,
    stockBatchRoute,
    settingsRoute,
    settingsSectionRoute,
    accountRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    // A screen that fails inside the shell keeps the header and navigation around it.
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    // Data freshness is TanStack Query's job; the router just asks it.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
