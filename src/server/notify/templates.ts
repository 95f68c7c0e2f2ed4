/**
 * Staff-facing emails. Subjects stay discreet: they never mention treatment or hair loss.
 * Client-facing templates (editable per clinic) arrive with the messaging engine.
 */
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );

function layout(title: string, paragraphs: string[], action: { label: string; url: string }) {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1a1b1e;background:#f4f6f8;padding:24px">
<div style="max-width:520px;margin:auto;background:#fff;border-radius:8px;padding:32px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>${body}
<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1f6f78;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="font-size:12px;color:#666">If the button does not work, paste this link into your browser:<br>${escapeHtml(action.url)}</p>
</div></body></html>`;
}

export function passwordResetEmail({ name, url }: { name: string; url: string }) {
  const lines = [
    `Hello ${name},`,
    "Someone asked to reset the password for your Stipple account. The link below works for one hour.",
    "If it was not you, ignore this email: your password stays as it is.",
  ];
  return {
    subject: "Reset your Stipple password",
    text: `${lines.join("\n\n")}\n\nReset your password: ${url}\n`,
    html: layout("Reset your password", lines, { label: "Choose a new password", url }),
  };
}

export function staffInvitationEmail(input: {
  clinicName: string;
  inviterName: string;
  role: string;
  url: string;
}) {
  const lines = [
    `${input.inviterName} has invited you to join ${input.clinicName} on Stipple as ${input.role}.`,
    "Open the invitation to set your password. The link works for seven days.",
  ];
  return {
    subject: `Join ${input.clinicName} on Stipple`,
    text: `${lines.join("\n\n")}\n\nAccept the invitation: ${input.url}\n`,
    html: layout(`Join ${input.clinicName}`, lines, { label: "Accept invitation", url: input.url }),
  };
}

/**
 * To a waitlisted client: an earlier time is held for them. Discreet: neither subject nor body
 * names the treatment; the link's page shows the details.
 */
export function waitlistOfferEmail(input: {
  clinicName: string;
  /** "Tue 24 Nov 2026, 10:00–11:00", in the location's zone. */
  when: string;
  where: string;
  /** "Mon 23 Nov 2026 at 16:30", in the location's zone. */
  until: string;
  url: string;
}) {
  const lines = [
    `An earlier appointment has become available at ${input.clinicName}: ${input.when}, at ${input.where}.`,
    `We are holding it for you until ${input.until}. After that it is offered to the next person waiting.`,
    "Open the link to accept or decline. If you decline, you keep your place on the waiting list.",
  ];
  return {
    subject: `An earlier appointment is available at ${input.clinicName}`,
    text: `${lines.join("\n\n")}\n\nAccept or decline: ${input.url}\n`,
    html: layout("An earlier appointment is available", lines, {
      label: "View the appointment",
      url: input.url,
    }),
  };
}
