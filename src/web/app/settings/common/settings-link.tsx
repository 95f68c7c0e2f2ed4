import { Link } from "@tanstack/react-router";

/**
 * A Mantine `renderRoot` that makes any Anchor or Button a router link to a settings address,
 * e.g. `renderRoot={settingsLink("staff/123")}` for /settings/staff/123.
 */
export function settingsLink(path: string) {
  // biome-ignore lint/suspicious/noExplicitAny: Mantine passes its computed props through untyped
  return (props: Record<string, any>) => (
    <Link {...props} to="/settings/$" params={{ _splat: path }} />
  );
}
