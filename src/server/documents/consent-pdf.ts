import type { Formatter } from "../../domain/time/format.ts";
import { INK, MARGIN, MUTED, RULE, renderPdf } from "./pdf-document.ts";

export interface ConsentPdfInput {
  clinicName: string;
  title: string;
  version: number;
  /** The full text exactly as signed. */
  body: string;
  /** The drawn signature (PNG). */
  signature: Buffer;
  signedName: string;
  signedAt: Date;
  signedVia: "portal" | "clinic";
  /** The staff member who saw a signature on the clinic's tablet. */
  witnessName: string | null;
  ip: string;
  userAgent: string;
  /** sha256 of title + "\n\n" + body. */
  sha256: string;
  fmt: Formatter;
}

/** The client's copy of a signed consent: the text as signed, the signature and the evidence. */
export function renderConsentPdf(p: ConsentPdfInput): Promise<Buffer> {
  return renderPdf({ Title: p.title, Author: p.clinicName }, (doc) => write(doc, p));
}

function write(doc: PDFKit.PDFDocument, p: ConsentPdfInput) {
  const width = doc.page.width - MARGIN * 2;
  doc.font("Body-Bold").fontSize(11).fillColor(MUTED).text(p.clinicName);
  doc.moveDown(0.5);
  doc.font("Body-Bold").fontSize(17).fillColor(INK).text(p.title);
  doc.font("Body").fontSize(9).fillColor(MUTED).text(`Version ${p.version}`);
  doc.moveDown(0.8);
  doc.font("Body").fontSize(10.5).fillColor(INK).text(p.body, { width, lineGap: 2 });
  doc.moveDown(1);

  if (doc.y > doc.page.height - 300) doc.addPage();
  doc.font("Body-Bold").fontSize(12).fillColor(INK).text("Signature");
  const top = doc.y + 6;
  doc.image(p.signature, MARGIN, top, { fit: [220, 90] });
  doc.y = top + 96;
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + 240, doc.y)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.4);
  field(doc, "Signed by", p.signedName);
  field(doc, "Signed on", `${p.fmt.dateTime(p.signedAt.getTime())} (${p.fmt.timeZone})`);
  field(
    doc,
    "Signed",
    p.signedVia === "portal"
      ? "Online, in the client portal"
      : `At the clinic${p.witnessName ? `, witnessed by ${p.witnessName}` : ""}`,
  );
  field(doc, "IP address", p.ip || "not known");
  field(doc, "Browser", p.userAgent || "not known");
  doc.moveDown(0.6);
  doc.font("Body").fontSize(8).fillColor(MUTED);
  doc.text(
    "Fingerprint of the text as signed (SHA-256 of the title, a blank line and the text):",
    MARGIN,
  );
  doc.font("Body").fontSize(8).fillColor(INK).text(p.sha256, { width });
}

function field(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc.font("Body-Bold").fontSize(9.5).fillColor(INK).text(`${label}: `, MARGIN, doc.y, {
    continued: true,
  });
  doc.font("Body").fillColor(INK).text(value);
}
