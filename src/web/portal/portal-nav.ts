/**
 * The portal's sections, in menu order. Pages other features add under /portal/$slug/ put their
 * entry here (`to` is relative to the clinic's portal).
 */
export interface PortalNavItem {
  to: "" | `/${string}`;
  label: string;
}

export const portalNav: PortalNavItem[] = [
  { to: "", label: "Home" },
  { to: "/book", label: "Book" },
  { to: "/appointments", label: "Appointments" },
  { to: "/check-ins", label: "Check-ins" },
  { to: "/waitlist", label: "Waiting list" },
  { to: "/consents", label: "Forms" },
  { to: "/documents", label: "Documents" },
  { to: "/photos", label: "Photos" },
];
