import { createRoute } from "@hono/zod-openapi";
import { idParam } from "../../../shared/contracts/common.ts";
import {
  cancelMessageInput,
  clientMessage,
  clientMessageList,
  messagePreview,
  messageTemplate,
  messageTemplateList,
  messagingSettingsView,
  previewMessageTemplateInput,
  saveMessageTemplateInput,
  saveMessagingSettingsInput,
  templateParams,
} from "../../../shared/contracts/messaging.ts";
import { conflictProblem, json, jsonBody, problems } from "../../http/router.ts";

const tags = ["Messages"];

export const getSettings = createRoute({
  method: "get",
  path: "/messaging-settings",
  tags,
  summary: "Message schedules: channels, reminders, pre-care, aftercare, check-ins, recalls",
  description: "Clinical staff and managers may read them; receptionists may not.",
  responses: {
    200: json(messagingSettingsView, "The clinic's schedules, or the defaults"),
    ...problems,
  },
});

export const putSettings = createRoute({
  method: "put",
  path: "/messaging-settings",
  tags,
  summary: "Replace the message schedules (owner/admin); a stale version gets 409",
  description:
    "Messages already planned keep their times until their appointment is next booked, moved or signed off.",
  request: { body: jsonBody(saveMessagingSettingsInput) },
  responses: {
    200: json(messagingSettingsView, "Saved schedules"),
    ...problems,
    ...conflictProblem,
  },
});

export const listTemplates = createRoute({
  method: "get",
  path: "/message-templates",
  tags,
  summary: "Every message template, email and SMS, with the default and the clinic's wording",
  responses: { 200: json(messageTemplateList, "Templates in schedule order"), ...problems },
});

export const putTemplate = createRoute({
  method: "put",
  path: "/message-templates/{key}/{channel}",
  tags,
  summary: "Use the clinic's own wording for one template (owner/admin)",
  description:
    "Unknown placeholders, an email without a subject, and (while discreet) treatment words in SMS text or subjects are refused with field errors.",
  request: { params: templateParams, body: jsonBody(saveMessageTemplateInput) },
  responses: { 200: json(messageTemplate, "The saved template"), ...problems },
});

export const deleteTemplate = createRoute({
  method: "delete",
  path: "/message-templates/{key}/{channel}",
  tags,
  summary: "Go back to Stipple's wording for one template (owner/admin)",
  request: { params: templateParams },
  responses: { 200: json(messageTemplate, "The template, now the default"), ...problems },
});

export const previewTemplate = createRoute({
  method: "post",
  path: "/message-templates/{key}/{channel}/preview",
  tags,
  summary: "Render unsaved wording with sample data, listing anything that would stop it saving",
  request: { params: templateParams, body: jsonBody(previewMessageTemplateInput) },
  responses: { 200: json(messagePreview, "How it would look"), ...problems },
});

export const clientMessages = createRoute({
  method: "get",
  path: "/clients/{id}/messages",
  tags,
  summary: "A client's messages: planned, sent, failed and cancelled",
  description:
    "Any staff member sees what goes when. The subject and text of aftercare and check-in messages are shown to clinical roles only (audited).",
  request: { params: idParam },
  responses: { 200: json(clientMessageList, "Upcoming first, then past"), ...problems },
});

export const cancelMessage = createRoute({
  method: "post",
  path: "/messages/{id}/cancel",
  tags,
  summary: "Stop one scheduled client message; re-planning will not bring it back",
  request: { params: idParam, body: jsonBody(cancelMessageInput) },
  responses: {
    200: json(clientMessage, "The cancelled message"),
    ...problems,
    ...conflictProblem,
  },
});

export const aftercarePdf = createRoute({
  method: "get",
  path: "/appointments/{id}/aftercare.pdf",
  tags,
  summary: "The printable aftercare sheet for a session, with real dates (clinical roles, audited)",
  request: { params: idParam },
  responses: {
    200: {
      description: "PDF",
      content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
    },
    ...problems,
  },
});
