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
  { to: "/documents", label: "Documents" },
  { to: "/photos", label: "Photos" },
];
