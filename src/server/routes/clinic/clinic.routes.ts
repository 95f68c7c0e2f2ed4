import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { clinic, clinicPatch, logoUpload } from "../../../shared/contracts/clinic.ts";
import { json, jsonBody, noContent, problems } from "../../http/router.ts";

const tags = ["Clinic"];
const tooLarge = {
  413: {
    description: "The file is larger than 2 MB",
    content: { "application/problem+json": { schema: z.object({ title: z.string() }) } },
  },
} as const;

export const getClinic = createRoute({
  method: "get",
  path: "/clinic",
  tags,
  summary: "The clinic's details and branding",
  responses: { 200: json(clinic, "The clinic"), ...problems },
});

export const updateClinic = createRoute({
  method: "patch",
  path: "/clinic",
  tags,
  summary: "Change the clinic's details and branding (owner/admin)",
  request: { body: jsonBody(clinicPatch) },
  responses: { 200: json(clinic, "The updated clinic"), ...problems },
});

export const getLogo = createRoute({
  method: "get",
  path: "/clinic/logo",
  tags,
  summary: "The clinic's logo as a PNG",
  responses: {
    200: {
      description: "The logo",
      content: { "image/png": { schema: z.string().meta({ format: "binary" }) } },
    },
    ...problems,
  },
});

export const putLogo = createRoute({
  method: "put",
  path: "/clinic/logo",
  tags,
  summary: "Upload a logo: PNG, JPEG or WebP up to 2 MB (owner/admin)",
  description: "Stored as a PNG within 512×512, upright, with EXIF and GPS metadata removed.",
  request: {
    body: { required: true, content: { "multipart/form-data": { schema: logoUpload } } },
  },
  responses: { 200: json(clinic, "The clinic with its new logo"), ...problems, ...tooLarge },
});

export const deleteLogo = createRoute({
  method: "delete",
  path: "/clinic/logo",
  tags,
  summary: "Remove the logo (owner/admin)",
  responses: { ...noContent, ...problems },
});
