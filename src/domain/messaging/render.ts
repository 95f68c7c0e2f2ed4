import type { Placeholder, TemplateChannel } from "./catalogue.ts";
import { placeholderNames } from "./catalogue.ts";

/** `{{ name }}`: letters only, optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const KNOWN = new Set<string>(placeholderNames);

export type TemplateVars = Partial<Record<Placeholder, string>>;

/** The placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) found.add(match[1] ?? "");
  return [...found];
}

/** Placeholders a text uses that are not in `allowed`. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  const ok = new Set(allowed);
  return placeholdersIn(text).filter((name) => !ok.has(name) || !KNOWN.has(name));
}

/**
 * Fills `{{placeholders}}` with plain values. Nothing in a value is interpreted (no nested
 * placeholders, no markup); a placeholder without a value renders as "", and a line left empty
 * by one does not leave a double gap.
 */
export function renderText(text: string, vars: TemplateVars): string {
  return text
    .replace(PLACEHOLDER, (_, name: string) =>
      KNOWN.has(name) ? (vars[name as Placeholder] ?? "") : "",
    )
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, "\n\n");
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

export interface Branding {
  clinicName: string;
  /** "#1f6f78"-style colour for the header bar. */
  primaryColour: string;
}

/**
 * The HTML body of an email: the template text with every value HTML-escaped, paragraphs from
 * blank lines, "- " lines as a list, and links made clickable, inside a plain branded frame.
 */
export function renderEmailHtml(text: string, vars: TemplateVars, brand: Branding): string {
  const escaped: TemplateVars = {};
  for (const [key, value] of Object.entries(vars)) {
    escaped[key as Placeholder] = escapeHtml(value ?? "");
  }
  // Escape the template's own text too, then fill in already-escaped values.
  const filled = renderText(escapeHtml(text), escaped);
  const blocks = filled
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((line) => line.startsWith("- "))) {
        return `<ul>${lines.map((line) => `<li>${linkify(line.slice(2))}</li>`).join("")}</ul>`;
      }
      return `<p>${lines.map(linkify).join("<br>")}</p>`;
    });
  const colour = /^#[0-9a-fA-F]{6}$/.test(brand.primaryColour) ? brand.primaryColour : "#1f6f78";
  return [
    '<!doctype html><html lang="en-GB"><body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5">',
    `<div style="background:${colour};color:#fff;padding:16px 24px;font-size:18px;font-weight:bold">${escapeHtml(brand.clinicName)}</div>`,
    `<div style="padding:16px 24px;max-width:640px">${blocks.join("")}</div>`,
    "</body></html>",
  ].join("");
}

/** Already-escaped text: bare https links become anchors. */
function linkify(line: string): string {
  return line.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/** Number of SMS segments (GSM-7: 160, or 153 each when split; otherwise 70/67). */
export function smsSegments(text: string): number {
  const gsm = /^[\n\r\x20-\x7e£€]*$/.test(text);
  const single = gsm ? 160 : 70;
  const part = gsm ? 153 : 67;
  if (text.length <= single) return 1;
  return Math.ceil(text.length / part);
}

/** What a channel renders to. */
export interface RenderedMessage {
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
}

export function renderMessage(
  channel: TemplateChannel,
  template: { subject: string; body: string },
  vars: TemplateVars,
  brand: Branding,
): RenderedMessage {
  if (channel === "sms") {
    return { subject: "", bodyText: renderText(template.body, vars).trim(), bodyHtml: null };
  }
  return {
    subject: renderText(template.subject, vars).replace(/\s+/g, " ").trim(),
    bodyText: renderText(template.body, vars).trim(),
    bodyHtml: renderEmailHtml(template.body, vars, brand),
  };
}
