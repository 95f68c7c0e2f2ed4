/**
 * The email carrying a portal sign-in code. Discreet: it names the clinic and nothing about the
 * treatment, so it can sit in a shared inbox or on a lock screen.
 */
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );

export function portalSignInCodeEmail(input: {
  clinicName: string;
  code: string;
  minutes: number;
  portalUrl: string;
  primaryColour: string;
}) {
  const lines = [
    `Your sign-in code for ${input.clinicName} is ${input.code}.`,
    `Type it on the sign-in page within ${input.minutes} minutes. It works once.`,
    "If you did not ask for a code, you can ignore this email: nobody can sign in without it.",
  ];
  const paragraphs = lines
    .slice(1)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`)
    .join("");
  return {
    subject: `Your sign-in code for ${input.clinicName}`,
    text: `${lines.join("\n\n")}\n\nSign in: ${input.portalUrl}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1a1b1e;background:#f4f6f8;padding:24px">
<div style="max-width:520px;margin:auto;background:#fff;border-radius:8px;padding:32px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(input.clinicName)}</h1>
<p style="margin:0 0 8px">Your sign-in code:</p>
<p style="font-size:32px;letter-spacing:6px;font-weight:700;margin:0 0 16px;color:${escapeHtml(input.primaryColour)}">${escapeHtml(input.code)}</p>
${paragraphs}
<p style="font-size:12px;color:#666">Sign-in page: ${escapeHtml(input.portalUrl)}</p>
</div></body></html>`,
  };
}
