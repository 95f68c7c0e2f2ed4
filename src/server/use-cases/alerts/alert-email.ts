import { and, eq, inArray } from "drizzle-orm";
import { member, organization, user } from "../../db/schema/index.ts";
import type { Tenant } from "../../db/tenant.ts";
import type { Logger } from "../../logger.ts";
import type { Mailer } from "../../notify/mailer.ts";

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );

/**
 * To a practitioner: a client asked to be contacted. Discreet: no name, no treatment and none of
 * what the client wrote; the link opens the client's page in Stipple behind sign-in.
 */
export function concernAlertEmail(input: { clinicName: string; url: string }) {
  const lines = [
    `A client of ${input.clinicName} answered a check-in message and asked to be contacted.`,
    "Sign in to Stipple to see who it is and what they said, then get in touch with them.",
  ];
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1a1b1e;background:#f4f6f8;padding:24px">
<div style="max-width:520px;margin:auto;background:#fff;border-radius:8px;padding:32px">
<h1 style="font-size:20px;margin:0 0 16px">A client has asked you to get in touch</h1>
${lines.map((l) => `<p style="margin:0 0 16px">${escapeHtml(l)}</p>`).join("")}
<p style="margin:24px 0"><a href="${escapeHtml(input.url)}" style="background:#1f6f78;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">Open in Stipple</a></p>
</div></body></html>`;
  return {
    subject: "A client has asked you to get in touch",
    text: `${lines.join("\n\n")}\n\nOpen in Stipple: ${input.url}\n`,
    html,
  };
}

/** Active members an alert reaches by email: its member, or the clinic's owners and admins. */
async function recipients(tenant: Tenant, memberId: string | null): Promise<string[]> {
  const rows = await tenant.db
    .select({ email: user.email })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(
      and(
        eq(member.organizationId, tenant.orgId),
        eq(member.active, true),
        memberId ? eq(member.id, memberId) : inArray(member.role, ["owner", "admin"]),
      ),
    );
  return rows.map((r) => r.email);
}

/**
 * Emails the people a concern alert is for. Runs after the answer is saved; a mail failure is
 * logged and never undoes the client's answer (the alert is in the app either way).
 */
export async function emailConcernAlert(
  tenant: Tenant,
  alert: { memberId: string | null; clientId: string },
  deps: { mailer: Mailer; publicUrl: string; log: Logger },
): Promise<void> {
  try {
    const [org] = await tenant.db
      .select({ name: organization.name })
      .from(organization)
      .where(eq(organization.id, tenant.orgId));
    const email = concernAlertEmail({
      clinicName: org?.name ?? "your clinic",
      url: `${deps.publicUrl}/clients/${alert.clientId}`,
    });
    for (const to of await recipients(tenant, alert.memberId)) {
      await deps.mailer.send({ orgId: tenant.orgId, to, ...email });
    }
  } catch (error) {
    deps.log.warn(
      { err: error instanceof Error ? error.message : String(error) },
      "check-in alert email failed",
    );
  }
}
