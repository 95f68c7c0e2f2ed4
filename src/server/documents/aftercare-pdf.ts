import type { AftercareSheet } from "../../domain/messaging/aftercare-sheet.ts";
import type { Formatter } from "../../domain/time/format.ts";
import { INK, MARGIN, MUTED, RULE, renderPdf } from "./pdf-document.ts";

export interface AftercarePdfInput {
  clinic: { name: string; phone: string; email: string; address: string; colour: string };
  client: { name: string };
  /** "Session 2 of 3", "Final session", or "" outside a course. */
  sessionLabel: string;
  /** When the session ended (epoch ms). */
  sessionEnded: number;
  sheet: AftercareSheet;
  fmt: Formatter;
}

/** The printed aftercare sheet a client takes home after a session. */
export function renderAftercarePdf(input: AftercarePdfInput): Promise<Buffer> {
  return renderPdf(
    { Title: `Aftercare – ${input.client.name}`, Author: input.clinic.name },
    (doc) => write(doc, input),
  );
}

function write(doc: PDFKit.PDFDocument, p: AftercarePdfInput) {
  const width = doc.page.width - MARGIN * 2;
  const colour = /^#[0-9a-fA-F]{6}$/.test(p.clinic.colour) ? p.clinic.colour : INK;
  const { fmt, sheet } = p;

  doc.font("Body-Bold").fontSize(20).fillColor(colour).text(p.clinic.name);
  const contact = [p.clinic.phone, p.clinic.email].filter(Boolean).join("  ·  ");
  doc.font("Body").fontSize(9).fillColor(MUTED);
  if (contact) doc.text(contact);
  if (p.clinic.address) doc.text(p.clinic.address);
  doc.moveDown(0.8);
  doc
    .font("Body-Bold")
    .fontSize(16)
    .fillColor(INK)
    .text(sheet.final ? "Aftercare after your final session" : "Aftercare after your session");
  doc.font("Body").fontSize(10).fillColor(MUTED);
  const who = [p.client.name, p.sessionLabel, fmt.weekdayDate(p.sessionEnded)].filter(Boolean);
  doc.text(who.join("  ·  "));
  rule(doc, width);

  heading(doc, "Day by day");
  for (const entry of sheet.timeline) {
    const when =
      entry.day === 0
        ? fmt.weekdayDate(entry.date)
        : `Day ${entry.day}: ${fmt.weekdayDate(entry.date)}`;
    doc.font("Body-Bold").fontSize(10.5).fillColor(INK).text(when, { continued: false });
    doc.font("Body-Bold").fontSize(10).fillColor(colour).text(entry.title);
    for (const line of entry.lines) bullet(doc, line);
    doc.moveDown(0.4);
  }

  if (sheet.checkIns.length > 0) {
    heading(doc, "We'll check in with you");
    doc.font("Body").fontSize(10).fillColor(INK);
    doc.text(
      "We'll send you a private link to tell us how you're healing, with a photo if something doesn't look right:",
    );
    for (const c of sheet.checkIns) bullet(doc, `Day ${c.day}: ${fmt.weekdayDate(c.date)}`);
  }

  if (sheet.touchUps.length > 0) {
    heading(doc, "Included in your course");
    for (const t of sheet.touchUps) {
      bullet(
        doc,
        `${t.label}: book between ${fmt.weekdayDate(t.from)} and ${fmt.weekdayDate(t.to)}.`,
      );
    }
  }

  heading(doc, sheet.final ? "From now on" : "Afterwards");
  for (const line of sheet.afterwards) bullet(doc, line);

  rule(doc, width);
  doc.font("Body-Bold").fontSize(10).fillColor(INK).text("Worried about anything?");
  doc
    .font("Body")
    .fontSize(10)
    .text(
      `Call ${p.clinic.name}${p.clinic.phone ? ` on ${p.clinic.phone}` : ""}${p.clinic.email ? ` or email ${p.clinic.email}` : ""}. Spreading redness, heat, pus or a fever can mean an infection: contact us or your GP the same day, or call NHS 111.`,
    );
}

function rule(doc: PDFKit.PDFDocument, width: number) {
  doc.moveDown(0.5);
  const y = doc.y;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.6);
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.6);
  doc.font("Body-Bold").fontSize(12).fillColor(INK).text(text);
  doc.moveDown(0.3);
}

/** A bullet whose wrapped lines stay aligned with its first. */
function bullet(doc: PDFKit.PDFDocument, text: string) {
  const width = doc.page.width - MARGIN * 2;
  const y = doc.y;
  doc
    .font("Body")
    .fontSize(10)
    .fillColor(INK)
    .text("•", MARGIN + 6, y, { lineBreak: false });
  doc.text(text, MARGIN + 18, y, { width: width - 18 });
  doc.x = MARGIN;
}
