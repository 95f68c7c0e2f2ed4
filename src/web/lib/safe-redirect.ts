/** Only same-site paths, so a crafted link cannot send someone elsewhere after sign-in. */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const path = value.trim();
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return undefined;
  if (path.startsWith("/sign-in")) return undefined;
  return path;
}
