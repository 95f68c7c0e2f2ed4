import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  clientPhotosParam,
  photoFileParams,
  photoFileQuery,
  photoIdParam,
  photoList,
  photoListQuery,
  photoPatch,
  photoUpload,
  photoUrls,
} from "../../../shared/contracts/photos.ts";
import { json, jsonBody, noContent, problems, unprocessableProblem } from "../../http/router.ts";

const tags = ["Photos"];
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: z.object({ title: z.string() }) } },
});

export const upload = createRoute({
  method: "post",
  path: "/clients/{id}/photos",
  tags,
  summary: "Upload a scalp photo for a client (clinical staff)",
  description:
    "JPEG, PNG or WebP up to PHOTO_MAX_MB (15 MB by default). The stored copy is upright, sRGB, re-encoded as JPEG within 3000 px with every metadata block (EXIF, GPS, XMP, ICC) removed, plus a 400 px thumbnail.",
  request: {
    params: clientPhotosParam,
    body: { required: true, content: { "multipart/form-data": { schema: photoUpload } } },
  },
  responses: {
    201: json(z.object({ id: z.string() }), "The stored photo's id"),
    ...problems,
    413: problem("The file is larger than the photo limit"),
    ...unprocessableProblem,
  },
});

export const list = createRoute({
  method: "get",
  path: "/clients/{id}/photos",
  tags,
  summary: "A client's photos with signed thumbnail URLs (clinical staff)",
  request: { params: clientPhotosParam, query: photoListQuery },
  responses: { 200: json(photoList, "Photos, newest first"), ...problems },
});

export const urls = createRoute({
  method: "get",
  path: "/photos/{id}/url",
  tags,
  summary: "Short-lived signed URLs for one photo (clinical staff; audited)",
  request: { params: photoIdParam },
  responses: { 200: json(photoUrls, "URLs that work for five minutes"), ...problems },
});

export const patch = createRoute({
  method: "patch",
  path: "/photos/{id}",
  tags,
  summary: "Change a photo's consent (clinical ↔ marketing_anonymised)",
  request: { params: photoIdParam, body: jsonBody(photoPatch) },
  responses: { ...noContent, ...problems },
});

export const remove = createRoute({
  method: "delete",
  path: "/photos/{id}",
  tags,
  summary: "Delete a photo (kept in the record as deleted; its URLs stop working)",
  request: { params: photoIdParam },
  responses: { ...noContent, ...problems },
});

export const file = createRoute({
  method: "get",
  path: "/files/photos/{orgId}/{id}/{variant}",
  tags,
  summary: "A photo file through a signed URL from /photos/{id}/url or a photo listing",
  request: { params: photoFileParams, query: photoFileQuery },
  responses: {
    200: {
      description: "The JPEG",
      content: { "image/jpeg": { schema: z.string().meta({ format: "binary" }) } },
    },
    ...problems,
    410: problem("The link has expired"),
  },
});
