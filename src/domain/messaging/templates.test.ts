import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { templateCatalogue, templateChannels, templateKeys } from "./catalogue.ts";
import { DEFAULT_TEMPLATES } from "./default-templates.ts";
import { giveawayWords, templateProblems } from "./discreet.ts";
import { renderEmailHtml, renderMessage, renderText, smsSegments } from "./render.ts";
import { DEFAULT_MESSAGING_SETTINGS } from "./settings.ts";
import { messageVars } from "./vars.ts";

const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const brand = { clinicName: "Harbour Clinic", primaryColour: "#1f6f78" };
const context = {
  clinic: {
    name: "Harbour Clinic",
    phone: "023 8000 0000",
    email: "hello@harbour.example",
    locale: "en-GB",
  },
  location: {
    name: "Southampton",
    address: "1 Quay St, Southampton SO14 2AA",
    timeZone: "Europe/London",
  },
  client: { firstName: "Samuel", preferredName: "Sam" },
  appointment: {
    startsAt: at("2026-10-26T10:00:00Z"),
    serviceName: "Scalp micropigmentation session",
    courseSession: 2,
  },
  settings: DEFAULT_MESSAGING_SETTINGS,
  checkInLink: "https://stipple.example/check-in/abc",
};

describe("default templates", () => {
  it("exist for every key and channel, and use only the placeholders their key offers", () => {
    for (const key of templateKeys) {
      for (const channel of templateChannels) {
        const text = DEFAULT_TEMPLATES[key][channel];
        expect(templateProblems(key, channel, text, true), `${key}/${channel}`).toEqual([]);
      }
    }
  });

  it("keep SMS text and subjects discreet once filled in, and time them in the location's zone", () => {
    for (const key of templateKeys) {
      const vars = messageVars(context, {
        checkInDay: 3,
        checkInExpiresAt: at("2026-11-05T23:59:00Z"),
        touchUpLabel: "Included touch-up",
        touchUpWindowEndsAt: at("2027-01-24T09:30:00Z"),
        recallYears: 3,
      });
      const sms = renderMessage("sms", DEFAULT_TEMPLATES[key].sms, vars, brand);
      const email = renderMessage("email", DEFAULT_TEMPLATES[key].email, vars, brand);
      expect(giveawayWords(sms.bodyText), `${key} sms`).toEqual([]);
      expect(giveawayWords(email.subject), `${key} subject`).toEqual([]);
      expect(sms.bodyText).not.toMatch(/\{\{|\}\}/);
      expect(email.bodyText).not.toMatch(/\{\{|\}\}/);
      expect(smsSegments(sms.bodyText), `${key} sms length`).toBeLessThanOrEqual(2);
    }
    const vars = messageVars(context, {});
    // 10:00 GMT on Mon 26 Oct 2026 (the day after the clocks go back) is 10:00 in London.
    expect(renderText("{{appointmentDate}} {{appointmentTime}}", vars)).toBe(
      "Mon 26 Oct 2026 10:00",
    );
    expect(vars.clientFirstName).toBe("Sam");
    expect(vars.appointmentLabel).toBe("appointment");
    const open = messageVars(
      { ...context, settings: { ...DEFAULT_MESSAGING_SETTINGS, discreet: false } },
      {},
    );
    expect(open.appointmentLabel).toBe("Scalp micropigmentation session");
  });

  it("confirm a course booked at once with every session's date, and leave no gap otherwise", () => {
    const course = {
      ...context,
      appointment: {
        ...context.appointment,
        courseSession: 1,
        // 10:00 GMT, then 10:00 BST after the March change (09:00 UTC).
        courseStarts: [at("2026-10-26T10:00:00Z"), at("2027-03-30T09:00:00Z")],
      },
    };
    const withCourse = renderMessage(
      "email",
      DEFAULT_TEMPLATES.confirmation.email,
      messageVars(course, {}),
      brand,
    );
    expect(withCourse.bodyText).toContain(
      "Your 2 appointments: Mon 26 Oct 2026 at 10:00; Tue 30 Mar 2027 at 10:00.",
    );
    const single = renderMessage(
      "email",
      DEFAULT_TEMPLATES.confirmation.email,
      messageVars(context, {}),
      brand,
    );
    expect(single.bodyText).not.toContain("appointments:");
    expect(single.bodyText).not.toMatch(/\n\s*\n\s*\n/);
  });

  it("word aftercare email bodies without naming a condition", () => {
    for (const key of templateKeys.filter((k) => templateCatalogue[k].kind === "aftercare")) {
      expect(giveawayWords(DEFAULT_TEMPLATES[key].email.body), key).toEqual([]);
    }
  });
});

describe("discreet rule", () => {
  it("refuses giveaway words in SMS text and subjects while discreet, and allows them when opted in", () => {
    const sms = { subject: "", body: "Your SMP treatment is tomorrow" };
    const problems = templateProblems("reminder", "sms", sms, true);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/"SMP", "treatment"/);
    expect(templateProblems("reminder", "sms", sms, false)).toEqual([]);

    const email = { subject: "Scalp care tips", body: "Your scalp may feel tender." };
    expect(templateProblems("aftercare-shave", "email", email, true).map((p) => p.field)).toEqual([
      "subject",
    ]);
    expect(giveawayWords("hair-loss, alopecia, micropigmentation, baldness")).toEqual([
      "hair loss",
      "bald",
      "alopecia",
      "micropigmentation",
    ]);
    expect(giveawayWords("Your session on Monday")).toEqual([]);
  });

  it("refuses unknown or unclosed placeholders and a missing email subject", () => {
    const bad = templateProblems(
      "reminder",
      "email",
      { subject: "", body: "Hi {{checkInLink}} {{name" },
      true,
    );
    expect(bad.map((p) => p.field)).toEqual(["subject", "body", "body"]);
    expect(bad[1]?.message).toMatch(/\{\{checkInLink\}\} cannot be used here/);
    expect(
      templateProblems("reminder", "sms", { subject: "Hi", body: "x" }, true)[0]?.message,
    ).toMatch(/no subject/);
  });
});

describe("rendering", () => {
  it("fills values literally and escapes HTML in the email body", () => {
    const vars = { clientFirstName: "<b>Sam</b> & {{clinicName}}", clinicName: "Harbour" };
    expect(renderText("Hi {{ clientFirstName }}!", vars)).toBe("Hi <b>Sam</b> & {{clinicName}}!");
    const html = renderEmailHtml("Hi {{clientFirstName}}\n\n- one\n- two <i>", vars, {
      clinicName: "A&B <Clinic>",
      primaryColour: "red;background:url(x)",
    });
    expect(html).toContain("Hi &lt;b&gt;Sam&lt;/b&gt; &amp; {{clinicName}}");
    expect(html).toContain("<ul><li>one</li><li>two &lt;i&gt;</li></ul>");
    expect(html).toContain("A&amp;B &lt;Clinic&gt;");
    expect(html).toContain("background:#1f6f78");
    expect(html).not.toContain("<b>Sam");
  });

  it("links check-in URLs in HTML", () => {
    const html = renderEmailHtml(
      "Tap {{checkInLink}}",
      { checkInLink: "https://x.example/check-in/a_b" },
      brand,
    );
    expect(html).toContain(
      '<a href="https://x.example/check-in/a_b">https://x.example/check-in/a_b</a>',
    );
  });

  it("counts SMS segments", () => {
    expect(smsSegments("a".repeat(160))).toBe(1);
    expect(smsSegments("a".repeat(161))).toBe(2);
    expect(smsSegments("ü".repeat(71))).toBe(2);
  });
});
