import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  embedOrigin,
  type PublicBookingSettingsView,
  type SavePublicBookingSettingsInput,
} from "../../../../shared/contracts/public-booking.ts";
import { api } from "../../../lib/api.ts";

export type { PublicBookingSettingsView, SavePublicBookingSettingsInput };

export const onlineBookingQuery = queryOptions({
  queryKey: ["public-booking-settings"],
  queryFn: ({ signal }) =>
    api<PublicBookingSettingsView>("GET", "/public-booking-settings", undefined, { signal }),
  refetchOnWindowFocus: false,
});

export function useSaveOnlineBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePublicBookingSettingsInput) =>
      api<PublicBookingSettingsView>("PUT", "/public-booking-settings", input),
    onSuccess: (view) => queryClient.setQueryData(onlineBookingQuery.queryKey, view),
  });
}

/**
 * A website address typed by the owner as the origin the server accepts, or a message saying
 * what is wrong. A trailing slash is forgiven; a path is not (the browser sends origins only).
 */
export function parseOrigin(
  text: string,
  existing: readonly string[],
): { origin: string } | { error: string } {
  const trimmed = text.trim().replace(/\/$/, "");
  if (!trimmed) return { error: "Enter your website's address, like https://www.example.co.uk" };
  if (!/^https?:\/\//i.test(trimmed)) {
    return { error: "Start with https:// (for example https://www.example.co.uk)" };
  }
  if (/^https?:\/\/[^/]+\/./i.test(trimmed)) {
    return { error: "Enter the website only, without a page path (https://www.example.co.uk)" };
  }
  const parsed = embedOrigin.safeParse(trimmed);
  if (!parsed.success) {
    return {
      error: /^http:/i.test(trimmed)
        ? "Use https:// — plain http:// is only allowed for localhost while testing"
        : "This is not a website address we can use, like https://www.example.co.uk",
    };
  }
  if (existing.includes(parsed.data)) return { error: "This website is already in the list" };
  return { origin: parsed.data };
}

/** The script tag, its target and the iframe fallback a clinic pastes into its website. */
export function embedSnippets(view: PublicBookingSettingsView) {
  const script = [
    `<script src="${view.widgetScriptUrl}" data-clinic="${view.slug}" async></script>`,
    "<div data-stipple-booking></div>",
  ].join("\n");
  const iframe = `<iframe src="${view.hostedPageUrl}" title="Book a consultation" style="width:100%;min-height:720px;border:0" loading="lazy"></iframe>`;
  return { script, iframe };
}
