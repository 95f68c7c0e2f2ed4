import type { TemplateChannel, TemplateKey } from "./catalogue.ts";

export interface TemplateText {
  /** Email only; "" for SMS. */
  subject: string;
  body: string;
}

/**
 * Stipple's UK-English wording for every message. Discreet by design: SMS text and subjects never
 * name the treatment, and email bodies give instructions about "your head" and "your session"
 * without naming a condition. A clinic may replace any of them in Settings → Messages.
 */
export const DEFAULT_TEMPLATES: Record<TemplateKey, Record<TemplateChannel, TemplateText>> = {
  confirmation: {
    email: {
      subject: "Your appointment at {{clinicName}}: {{appointmentDate}} at {{appointmentTime}}",
      body: `Hello {{clientFirstName}},

Your {{appointmentLabel}} is booked for {{appointmentDate}} at {{appointmentTime}} at {{locationName}}, {{locationAddress}}.
{{courseSchedule}}

If you need to change or cancel it, please call us on {{clinicPhone}} or reply to this email.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: your appointment is booked for {{appointmentDate}} at {{appointmentTime}}. To change it call {{clinicPhone}}.",
    },
  },
  reminder: {
    email: {
      subject: "Reminder: {{appointmentDate}} at {{appointmentTime}}, {{clinicName}}",
      body: `Hello {{clientFirstName}},

A reminder of your {{appointmentLabel}} on {{appointmentDate}} at {{appointmentTime}} at {{locationName}}, {{locationAddress}}.

If you can no longer come, please let us know as soon as possible on {{clinicPhone}}.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: reminder of your appointment on {{appointmentDate}} at {{appointmentTime}}. Can't make it? Call {{clinicPhone}}.",
    },
  },
  "pre-care-early": {
    email: {
      subject: "Getting ready for {{appointmentDate}}",
      body: `Hello {{clientFirstName}},

Your next session is on {{appointmentDate}} at {{appointmentTime}}. A few things help it go well:

- Moisturise your head every day from now until the session: dry, flaky skin can mean we have to rearrange.
- Keep out of the sun and off sunbeds, and wear a hat outdoors. Sunburnt skin cannot be worked on.
- If you take prescribed blood thinners, keep taking them and tell us; never stop a prescribed medicine without your doctor.

Any questions, call us on {{clinicPhone}}.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: your appointment is on {{appointmentDate}}. Please moisturise daily and avoid the sun until then. Questions? {{clinicPhone}}",
    },
  },
  "pre-care-eve": {
    email: {
      subject: "Tomorrow at {{appointmentTime}}: what to do today",
      body: `Hello {{clientFirstName}},

We look forward to seeing you on {{appointmentDate}} at {{appointmentTime}} at {{locationName}}.

Today and tonight:
- Shave your head with clippers at grade 0 or a foil shaver (not a razor), unless we agreed otherwise.
- Wash your head tonight or in the morning, with no oils, gels, wax or styling products afterwards.
- No alcohol from tonight, and no aspirin or ibuprofen (paracetamol is fine). Go easy on coffee and energy drinks.
- Eat well and drink plenty of water before you come; skip the gym on the day.

Please bring: a list of any medicines you take, something to listen to, a loose hat for afterwards.

{{clinicName}}, {{clinicPhone}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: see you tomorrow at {{appointmentTime}}. Tonight: shave (no razor), no alcohol, no aspirin or ibuprofen. Bring a loose hat.",
    },
  },
  "aftercare-day-0": {
    email: {
      subject: "Looking after yourself after today's session",
      body: `Hello {{clientFirstName}},

Thank you for coming in today. For the next few days:

- Keep your head dry: no washing, showering over it or swimming for {{noWashDays}} days (at least 24 hours).
- Some redness, slight swelling or tenderness is normal and usually settles within {{rednessDays}} days. If it weeps, blot it gently; don't wipe.
- No gym or anything that makes you sweat heavily for {{noGymDays}} days.
- Don't touch, scratch or pick, and use no products on your head. Avoid long periods in tight hats or helmets.
- Keep out of the sun: wear a loose hat outdoors. No swimming, sauna or sunbeds for {{swimSunDays}} days.

We'll check in with you over the coming days. If anything worries you, call us on {{clinicPhone}}.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: thank you for today. Your aftercare guide is in your email. Keep your head dry for {{noWashDays}} days. Worried? Call {{clinicPhone}}.",
    },
  },
  "aftercare-day-0-final": {
    email: {
      subject: "Your final session: looking after the result",
      body: `Hello {{clientFirstName}},

That was your final session. Congratulations! The next four weeks matter most for a lasting result:

- Keep your head dry: no washing, showering over it or swimming for {{noWashDays}} days (at least 24 hours).
- Redness or slight swelling usually settles within {{rednessDays}} days. If it weeps, blot gently; don't wipe.
- No gym or heavy sweating for {{noGymDays}} days, and avoid heavy sweating for the whole month where you can.
- Don't touch, scratch or pick, and use no products on your head.
- No swimming (pool or sea), sauna, steam room, hot tub or sunbeds for {{swimSunDays}} days. Keep covered in the sun with a loose hat.

After that, a daily high-factor SPF whenever you are outdoors keeps the result crisp for years.

If anything worries you, call us on {{clinicPhone}}.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: thank you for today. Your aftercare guide is in your email. Keep your head dry for {{noWashDays}} days. Worried? Call {{clinicPhone}}.",
    },
  },
  "aftercare-shave": {
    email: {
      subject: "Day 4: shaving again",
      body: `Hello {{clientFirstName}},

From today you may shave again with an electric foil shaver, gently and avoiding any scabs. No razor yet.

A water-only rinse is fine now; pat dry, don't rub. If your skin feels dry, a little unscented moisturiser helps.

{{clinicName}}, {{clinicPhone}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: from today you can shave with an electric foil shaver, gently, avoiding any scabs. No razor yet.",
    },
  },
  "aftercare-cleanser": {
    email: {
      subject: "Day 7: a gentle wash",
      body: `Hello {{clientFirstName}},

You can now wash your head with a gentle, alcohol-free cleanser. Pat dry afterwards.

Flaking and dots looking lighter over the next few days is normal: it's part of healing. Please don't pick.

{{clinicName}}, {{clinicPhone}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: from today you can use a gentle, alcohol-free cleanser. Some flaking is normal; please don't pick.",
    },
  },
  "aftercare-shampoo": {
    email: {
      subject: "Day 10: back to your usual routine",
      body: `Hello {{clientFirstName}},

From today you can go back to your normal shampoo and shower gel, and shave with a razor again, with care.

Please still avoid swimming, saunas, steam rooms and sunbeds until {{swimSunDays}} days have passed, and keep covered in the sun.

{{clinicName}}, {{clinicPhone}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: normal shampoo and careful razor shaving are fine from today. Still no swimming, sauna or sun for now.",
    },
  },
  "aftercare-swim-sun": {
    email: {
      subject: "Swimming, sauna and sun",
      body: `Hello {{clientFirstName}},

It's been {{swimSunDays}} days: swimming, saunas, steam rooms and time in the sun are fine again.

Use a high-factor SPF on your head whenever you're outdoors, and keep moisturising.

{{clinicName}}, {{clinicPhone}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: swimming, sauna and sun are fine again. Please use a high-factor SPF on your head outdoors.",
    },
  },
  "aftercare-swim-sun-final": {
    email: {
      subject: "Four weeks on: everyday life again",
      body: `Hello {{clientFirstName}},

It's been {{swimSunDays}} days since your final session, so swimming, saunas, steam rooms and the sun are fine again.

To keep the result crisp for years:
- Use a high-factor SPF (30–50) on your head whenever you're outdoors.
- Moisturise daily.
- Avoid high-alcohol products, AHAs and exfoliants on your head.

Thank you for choosing {{clinicName}}. We're here on {{clinicPhone}} if you need us.`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: swimming, sauna and sun are fine again. From now on use a high-factor SPF on your head whenever you're outdoors.",
    },
  },
  "check-in": {
    email: {
      subject: "How are you getting on, {{clientFirstName}}?",
      body: `Hello {{clientFirstName}},

It's day {{checkInDay}} since your session. How is everything healing? Please tell us in one tap, and add a photo if something doesn't look right:

{{checkInLink}}

The link works until {{checkInExpiry}}. If something is urgent, call us on {{clinicPhone}}.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: how are you getting on? Tell us in one tap: {{checkInLink}}",
    },
  },
  "touch-up": {
    email: {
      subject: "Time to book your {{touchUpLabel}}",
      body: `Hello {{clientFirstName}},

Your {{touchUpLabel}} is included in your course, and now is the right time for it. Please book by {{touchUpWindowEnd}}.

Call us on {{clinicPhone}} or reply to this email and we'll find a time.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: your included follow-up appointment is due. Please book by {{touchUpWindowEnd}}: {{clinicPhone}}",
    },
  },
  "touch-up-last-call": {
    email: {
      subject: "Last chance to book your {{touchUpLabel}}",
      body: `Hello {{clientFirstName}},

Your {{touchUpLabel}} is included in your course until {{touchUpWindowEnd}}. We'd hate you to miss it.

Call us on {{clinicPhone}} or reply to this email to book.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: your included follow-up appointment is available until {{touchUpWindowEnd}}. Book on {{clinicPhone}}.",
    },
  },
  recall: {
    email: {
      subject: "It's been {{recallYears}} years: time for a refresh?",
      body: `Hello {{clientFirstName}},

It's been about {{recallYears}} years since you finished with us. Over time the result naturally softens, and a single refresh session brings back the crisp look.

If you'd like to book, call us on {{clinicPhone}} or reply to this email.

{{clinicName}}`,
    },
    sms: {
      subject: "",
      body: "{{clinicName}}: it's been {{recallYears}} years since your last visit. Time for a refresh? Call {{clinicPhone}} to book.",
    },
  },
};
