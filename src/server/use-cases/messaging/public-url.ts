import { parseEnv } from "../../env.ts";

let registered: string | null = null;

/**
 * The address links in messages point at (check-in pages). Start-up and tests set it from the
 * app's environment; until then it is read from this process's environment like `stipple serve`.
 */
export function setMessagingPublicUrl(url: string | null): void {
  registered = url?.replace(/\/+$/, "") ?? null;
}

export function messagingPublicUrl(): string {
  registered ??= parseEnv().PUBLIC_URL.replace(/\/+$/, "");
  return registered;
}
