import type { TemplateChannel, TemplateKey } from "./catalogue.ts";
import { templateCatalogue } from "./catalogue.ts";
import { unknownPlaceholders } from "./render.ts";

/**
 * Words that give away what a client comes in for. A phone's lock screen and an inbox list show
 * SMS text and subjects to anyone nearby, so a discreet clinic keeps these out of both.
 */
const GIVEAWAYS: { pattern: RegExp; word: string }[] = [
  { pattern: /hair[\s-]*loss/i, word: "hair loss" },
  { pattern: /\bbald/i, word: "bald" },
  { pattern: /alopecia/i, word: "alopecia" },
  { pattern: /micro[\s-]*pigment/i, word: "micropigmentation" },
  { pattern: /pigment/i, word: "pigment" },
  { pattern: /\bsmp\b/i, word: "SMP" },
  { pattern: /scalp/i, word: "scalp" },
  { pattern: /treatment/i, word: "treatment" },
];

/** The giveaway words in a text, each once, e.g. ["scalp", "treatment"]. */
export function giveawayWords(text: string): string[] {
  const found: string[] = [];
  for (const { pattern, word } of GIVEAWAYS) {
    if (pattern.test(text) && !(word === "pigment" && found.includes("micropigmentation"))) {
      found.push(word);
    }
  }
  return found;
}

export interface TemplateProblem {
  field: "subject" | "body";
  message: string;
}

/**
 * Why a clinic's wording cannot be saved: unknown placeholders, a missing email subject, and —
 * while the clinic is discreet — giveaway words in SMS text or an email subject.
 */
export function templateProblems(
  key: TemplateKey,
  channel: TemplateChannel,
  text: { subject: string; body: string },
  discreet: boolean,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const allowed = templateCatalogue[key].placeholders;
  const check = (field: "subject" | "body", value: string) => {
    const unknown = unknownPlaceholders(value, allowed);
    if (unknown.length > 0) {
      problems.push({
        field,
        message: `${unknown.map((n) => `{{${n}}}`).join(", ")} cannot be used here. Available: ${allowed.map((n) => `{{${n}}}`).join(", ")}.`,
      });
    }
    const openBraces = value.replace(/\{\{\s*[A-Za-z]+\s*\}\}/g, "");
    if (/\{\{|\}\}/.test(openBraces)) {
      problems.push({ field, message: "A placeholder is not closed: write it as {{name}}." });
    }
  };
  if (channel === "email") {
    if (text.subject.trim() === "") {
      problems.push({ field: "subject", message: "An email needs a subject." });
    }
    check("subject", text.subject);
  } else if (text.subject.trim() !== "") {
    problems.push({ field: "subject", message: "A text message has no subject: leave it empty." });
  }
  check("body", text.body);
  if (discreet) {
    const discreetField = channel === "sms" ? "body" : "subject";
    const words = giveawayWords(channel === "sms" ? text.body : text.subject);
    if (words.length > 0) {
      const where = channel === "sms" ? "Text messages" : "Email subjects";
      problems.push({
        field: discreetField,
        message: `${where} stay discreet: remove ${words.map((w) => `"${w}"`).join(", ")}, or turn off discreet wording in the message settings.`,
      });
    }
  }
  return problems;
}
