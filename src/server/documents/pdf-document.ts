import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";

/**
 * DejaVu Sans instead of PDF's built-in Helvetica, which only knows Western European characters:
 * client names such as "Łukasz Wójcik" or "Έλενα" must print as written on a signed document.
 */
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
const REGULAR = path.join(fontDir, "DejaVuSans.ttf");
const BOLD = path.join(fontDir, "DejaVuSans-Bold.ttf");

/** The colours and margin every Stipple document shares. */
export const INK = "#1d2b36";
export const MUTED = "#5b6b78";
export const RULE = "#d5dde3";
export const MARGIN = 50;

/**
 * An A4 document with the fonts `Body` and `Body-Bold` registered: `write` draws it, and the
 * finished PDF comes back as one buffer.
 */
export function renderPdf(
  info: { Title: string; Author: string },
  write: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info });
  doc.registerFont("Body", REGULAR);
  doc.registerFont("Body-Bold", BOLD);
  doc.font("Body");
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  write(doc);
  doc.end();
  return done;
}
