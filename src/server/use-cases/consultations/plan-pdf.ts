import type { Quote, TreatmentPlan } from "../../../domain/planning/types.ts";
import type { Formatter } from "../../../domain/time/format.ts";
import { INK, MARGIN, MUTED, RULE, renderPdf } from "../../documents/pdf-document.ts";

export interface PlanPdfContext {
  clinic: { name: string; contact: string; logo: Buffer | null };
  client: { name: string; dateOfBirth: string | null };
  heldOn: string;
  practitionerName: string | null;
  /** Plain-English lines describing the assessment, e.g. "Male pattern hair loss, Norwood V". */
  caseSummary: string[];
  plan: TreatmentPlan;
  quote: Quote;
  /** The expectations the client went through, in the words shown to them. */
  expectations: string[];
  fmt: Formatter;
  /** The rendered SMP preview the client agrees to with the plan, when one was made. */
  preview?: { image: Buffer; caption: string; version: number } | null;
}

export interface PlanPdfInput extends PlanPdfContext {
  signature: Buffer;
  signedName: string;
  signedAt: Date;
}

/** The signed plan and quote as a PDF: the client's copy and the clinic's record. */
export function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  return renderPdf(
    { Title: `Treatment plan – ${input.client.name}`, Author: input.clinic.name },
    (doc) => write(doc, input),
  );
}

const isoNoon = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

function write(doc: PDFKit.PDFDocument, p: PlanPdfInput) {
  const width = doc.page.width - MARGIN * 2;
  const dateOf = (iso: string) => p.fmt.date(isoNoon(iso));
  const money = (pence: number) => p.fmt.money(pence);
  const wholePounds = (pence: number) => money(pence).replace(/\.00$/, "");

  // Header: logo and clinic on the left, document title on the right.
  const top = doc.y;
  if (p.clinic.logo) {
    try {
      doc.image(p.clinic.logo, MARGIN, top, { fit: [56, 56] });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the signed copy.
    }
  }
  const textLeft = p.clinic.logo ? MARGIN + 68 : MARGIN;
  doc.fillColor(INK).font("Body-Bold").fontSize(16).text(p.clinic.name, textLeft, top);
  doc.font("Body").fontSize(9).fillColor(MUTED).text(p.clinic.contact, textLeft);
  doc
    .font("Body-Bold")
    .fontSize(12)
    .fillColor(INK)
    .text("Treatment plan and quote", MARGIN, top, { width, align: "right" });
  doc.y = Math.max(doc.y, top + 64);
  rule(doc, width);

  field(doc, "Client", p.client.name);
  if (p.client.dateOfBirth) field(doc, "Date of birth", dateOf(p.client.dateOfBirth));
  field(
    doc,
    "Consultation",
    `${dateOf(p.heldOn)}${p.practitionerName ? ` with ${p.practitionerName}` : ""}`,
  );

  heading(doc, "Assessment");
  for (const line of p.caseSummary) bullet(doc, line);

  heading(doc, "Treatment areas");
  const total = p.plan.zones.reduce((sum, z) => sum + z.areaCm2, 0);
  table(
    doc,
    width,
    [0.7, 0.3],
    ["Zone", "Area"],
    [
      ...p.plan.zones.map((z) => [z.label, `${z.areaCm2} cm²`]),
      ["Total", `${Math.round(total)} cm²`],
    ],
  );
  doc
    .font("Body")
    .fontSize(9)
    .fillColor(MUTED)
    .text(
      `Target density about ${p.plan.targetDensityPerCm2} impressions per cm² at the end of the course. Hair: ${p.plan.hairLengthPlan === "long" ? "kept long (no shaving)" : p.plan.hairLengthPlan === "short" ? "kept short" : "shaved"}.`,
      MARGIN,
    );

  if (p.preview) previewSection(doc, width, p.preview);

  heading(doc, "Sessions");
  table(
    doc,
    width,
    [0.1, 0.15, 0.2, 0.15, 0.4],
    ["#", "Length", "Shade", "Coverage", "Timing and focus"],
    p.plan.sessions.map((s) => [
      String(s.number),
      hours(s.durationMin),
      `${s.strengthPct} % pigment`,
      `${s.coveragePct} %`,
      `${s.gapDays === null ? "First session" : `${s.gapDays} days after session ${s.number - 1}`}. ${s.focus}`,
    ]),
  );
  bullet(
    doc,
    `Pigment: ${p.plan.pigment.shadeLabel}, mixed ${p.plan.pigment.ratio} (pigment : water) by the final session.`,
  );
  for (const note of p.plan.pigment.notes) bullet(doc, note);
  if (p.plan.patchTest.required) {
    bullet(
      doc,
      `A patch test is needed at least ${p.plan.patchTest.minHoursBeforeSession} hours before the first session.`,
    );
  }
  for (const t of p.plan.touchUps) {
    bullet(doc, `${t.label}: between ${t.fromDay} and ${t.toDay} days after the last session.`);
  }
  bullet(
    doc,
    `We will remind you about a refresh ${p.plan.recallMonths} months after the course${p.plan.secondRecallMonths ? ` and again at ${p.plan.secondRecallMonths} months` : ""}.`,
  );

  if (p.plan.caveats.length > 0) {
    heading(doc, "Please note");
    for (const c of p.plan.caveats) bullet(doc, c);
  }

  heading(doc, "Quote");
  table(
    doc,
    width,
    [0.7, 0.3],
    ["Item", "Amount"],
    [
      ...p.quote.lines.map((l) => [l.label, money(l.amountPence)]),
      ["Total", money(p.quote.totalPence)],
      ["Deposit to book", money(p.quote.depositPence)],
      ["Balance", money(p.quote.balancePence)],
    ],
  );
  if (p.quote.included.length > 0) {
    doc.font("Body-Bold").fontSize(10).fillColor(INK).text("Included", MARGIN);
    for (const item of p.quote.included) bullet(doc, item);
  }
  if (p.quote.hairTransplant) {
    doc
      .moveDown(0.3)
      .font("Body")
      .fontSize(9)
      .fillColor(MUTED)
      .text(
        `For comparison, a hair transplant in the UK typically costs ${wholePounds(p.quote.hairTransplant.minPence)} to ${wholePounds(p.quote.hairTransplant.maxPence)}.`,
        MARGIN,
      );
  }

  heading(doc, "What you have understood");
  for (const e of p.expectations) bullet(doc, e);

  heading(doc, "Acceptance");
  doc
    .font("Body")
    .fontSize(10)
    .fillColor(INK)
    .text(
      p.preview
        ? "I have read this plan and quote, discussed them with the practitioner, and accept them, including the hairline and treatment area shown in the preview."
        : "I have read this plan and quote, discussed them with the practitioner, and accept them.",
      MARGIN,
    );
  if (doc.y > doc.page.height - 190) doc.addPage();
  const sigTop = doc.y + 6;
  doc.image(p.signature, MARGIN, sigTop, { fit: [220, 90] });
  doc.y = sigTop + 96;
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + 240, doc.y)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.3);
  field(doc, "Signed by", p.signedName);
  field(doc, "Signed on", p.fmt.dateTime(p.signedAt.getTime()));
}

/** The rendered design with its caption, kept together on one page. */
function previewSection(
  doc: PDFKit.PDFDocument,
  width: number,
  preview: NonNullable<PlanPdfInput["preview"]>,
) {
  if (doc.y > doc.page.height - 340) doc.addPage();
  heading(doc, "Your hairline and treatment area");
  const top = doc.y;
  try {
    doc.image(preview.image, MARGIN, top, { fit: [width, 250], align: "center" });
    doc.y = top + 256;
  } catch {
    doc.y = top;
  }
  doc.font("Body").fontSize(9).fillColor(MUTED).text(preview.caption, MARGIN, doc.y, { width });
}

function hours(minutes: number) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function rule(doc: PDFKit.PDFDocument, width: number) {
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .strokeColor(RULE)
    .lineWidth(1)
    .stroke();
  doc.moveDown(0.6);
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.8).font("Body-Bold").fontSize(12).fillColor(INK).text(text, MARGIN);
  doc.moveDown(0.3);
}

function field(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc.font("Body-Bold").fontSize(10).fillColor(MUTED).text(`${label}: `, MARGIN, doc.y, {
    continued: true,
  });
  doc.font("Body").fillColor(INK).text(value);
}

function bullet(doc: PDFKit.PDFDocument, text: string) {
  doc
    .font("Body")
    .fontSize(10)
    .fillColor(INK)
    .text(`•  ${text}`, MARGIN + 4, doc.y, {
      width: doc.page.width - MARGIN * 2 - 4,
    });
}

function table(
  doc: PDFKit.PDFDocument,
  width: number,
  columns: number[],
  header: string[],
  rows: string[][],
) {
  const draw = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    let bottom = y;
    cells.forEach((cell, i) => {
      const w = width * (columns[i] ?? 0);
      doc
        .font(bold ? "Body-Bold" : "Body")
        .fontSize(9.5)
        .fillColor(bold ? MUTED : INK)
        .text(cell, x + 2, y + 3, { width: w - 6 });
      bottom = Math.max(bottom, doc.y);
      x += w;
    });
    doc.y = bottom + 3;
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
  };
  draw(header, true);
  for (const r of rows) draw(r, false);
  doc.x = MARGIN;
  doc.moveDown(0.3);
}
