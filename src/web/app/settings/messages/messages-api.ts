import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { MessagingSettings } from "../../../../domain/messaging/settings.ts";
import type {
  MessagePreview,
  MessageTemplate,
  MessageTemplateList,
  MessagingSettingsView,
  SaveMessageTemplateInput,
} from "../../../../shared/contracts/messaging.ts";
import { api } from "../../../lib/api.ts";

export const messagingSettingsQuery = queryOptions({
  queryKey: ["messaging-settings"],
  queryFn: ({ signal }) =>
    api<MessagingSettingsView>("GET", "/messaging-settings", undefined, { signal }),
  // Someone mid-edit must not have the form reset under them by a background refetch.
  refetchOnWindowFocus: false,
});

export const messageTemplatesQuery = queryOptions({
  queryKey: ["message-templates"],
  queryFn: ({ signal }) =>
    api<MessageTemplateList>("GET", "/message-templates", undefined, { signal }),
  refetchOnWindowFocus: false,
});

const templatePath = (t: Pick<MessageTemplate, "key" | "channel">) =>
  `/message-templates/${encodeURIComponent(t.key)}/${t.channel}`;

/** Replaces the whole schedule; 409 when someone else saved since `version`. */
export function useSaveMessagingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { settings: MessagingSettings; version: number }) =>
      api<MessagingSettingsView>("PUT", "/messaging-settings", input),
    onSuccess: async (view) => {
      queryClient.setQueryData(messagingSettingsQuery.queryKey, view);
      // Discreet mode changes what templates may say.
      await queryClient.invalidateQueries({ queryKey: messageTemplatesQuery.queryKey });
    },
  });
}

export function useSaveTemplate(template: Pick<MessageTemplate, "key" | "channel">) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveMessageTemplateInput) =>
      api<MessageTemplate>("PUT", templatePath(template), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageTemplatesQuery.queryKey }),
  });
}

export function useResetTemplate(template: Pick<MessageTemplate, "key" | "channel">) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<MessageTemplate | undefined>("DELETE", templatePath(template)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageTemplatesQuery.queryKey }),
  });
}

/** Renders unsaved text with sample data (the server's renderer, so it matches what is sent). */
export function previewTemplate(
  template: Pick<MessageTemplate, "key" | "channel">,
  input: SaveMessageTemplateInput,
  signal?: AbortSignal,
) {
  return api<MessagePreview>("POST", `${templatePath(template)}/preview`, input, { signal });
}
