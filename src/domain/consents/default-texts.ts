import type { ConsentKind } from "./kinds.ts";

/**
 * Version 1 of each form, used until a clinic edits it (Settings → Consent forms). UK English;
 * `{{placeholders}}` are filled from the clinic's settings (see render.ts). Content follows
 * smp-reference.md §3 (sessions, touch-ups), §5 (contraindications), §6 (aftercare), §7.6 (keep
 * treatment, photo and marketing consent separate; marketing explicit and withdrawable).
 */
export const defaultConsentTexts: Record<ConsentKind, { title: string; body: string }> = {
  treatment: {
    title: "Consent to scalp micropigmentation",
    body: `Scalp micropigmentation (SMP) places very small dots of pigment in the upper layer of the skin of the scalp to give the look of closely shaved hair follicles or to add density where hair is thin. It is a cosmetic tattoo. It does not grow hair, and it does not stop hair loss.

What to expect
- A course usually takes two to four sessions, a week or more apart. The first session builds a light base; later sessions add density and refine the hairline. The number of sessions in your plan is an estimate and may change with how your skin takes the pigment.
- A touch-up is normally needed within the first weeks or months, and the pigment fades gradually over several years, so further top-up sessions (charged separately unless your plan says otherwise) will be needed to keep the look.
- Results vary with skin type, scalp condition and how aftercare is followed. The aim is a natural, realistic result; it will not look exactly like a full head of hair, and I have discussed a realistic result with my practitioner.
- Healed dots may look lighter than on the day. In rare cases pigment can spread (blur) or look slightly blue or grey in some skin types.

Risks
- Redness, tenderness, minor bleeding and some swelling are common for a few days.
- Infection, allergic reaction to pigment or numbing products (including delayed reactions, even after a negative patch test), and scarring are rare but possible.
- If I have alopecia areata or another hair loss that can regrow, treated areas may look darker than hair that grows back.
- Removal or correction is difficult and may need laser treatment elsewhere.

My health
- I have told the clinic about my medical history, medicines (including blood thinners), allergies, pregnancy or breastfeeding, skin conditions, and previous scalp treatments or hair transplants, and I will tell them before each session if anything changes.
- I am 18 or over and not under the influence of alcohol or drugs.

Aftercare
- I will follow the aftercare instructions I am given: keep the scalp dry for the first days, avoid heavy sweating, swimming, saunas and sun on the scalp while it heals, do not pick at flaking skin, and use sun protection afterwards to slow fading.
- I understand that not following aftercare can affect the result and that extra sessions to correct this may be charged.

I confirm I have read this form, had the chance to ask questions, and agree to have scalp micropigmentation at {{clinicName}}.`,
  },
  photo_clinical: {
    title: "Photos for your clinical record",
    body: `{{clinicName}} takes photos of your scalp before, during and after treatment, and you may upload some yourself. They are part of your clinical record and help your practitioner plan each session, match pigment and density, and check healing.

- Photos are stored securely with your record, seen only by the clinical staff treating you, and never shown publicly.
- Photos we share with you appear in your client portal.
- They are kept with your treatment record for as long as the clinic keeps clinical records, and are not used for any other purpose without your separate consent.

I agree to photos being taken and kept as part of my clinical record.`,
  },
  photo_marketing: {
    title: "Photos for marketing (optional)",
    body: `This is optional. Saying no does not affect your treatment in any way.

With your permission, {{clinicName}} may use some of your before and after photos to show the results of treatment, for example on its website or social media.

- Photos are anonymised: your face is not shown or is cropped out, and your name is never given.
- Only photos of your scalp that the clinic chooses are used.

You can withdraw this consent at any time with one click in your client portal ("Stop using my photos for marketing"), or by telling the clinic. From then on your photos are no longer used for marketing and go back to being part of your clinical record only. Photos already printed or published before you withdrew may not be recoverable, but they will not be used again.

I agree to anonymised photos of my scalp being used for marketing.`,
  },
  policy_deposit: {
    title: "Deposit policy",
    body: `A deposit of {{deposit}} secures your treatment course at {{clinicName}}. It is taken off the price of your course.

- If you cancel with at least {{cancellationNoticeHours}} hours' notice, the deposit is carried over to your new appointment.
- If you cancel later than that, {{lateCancelDeposit}}
- If you miss an appointment without telling us, {{noShowDeposit}}
- If the clinic cancels or decides treatment is not suitable for you, the deposit is refunded in full.

I have read and accept the deposit policy.`,
  },
  policy_cancellation: {
    title: "Cancellation policy",
    body: `Please give at least {{cancellationNoticeHours}} hours' notice if you need to cancel an appointment at {{clinicName}}, so the time can be offered to someone else.

- Cancelling with at least {{cancellationNoticeHours}} hours' notice: no charge.
- Cancelling later than that is a late cancellation: {{lateCancelDeposit}}
- Not attending without notice: {{noShowDeposit}}

You can cancel from your client portal or by contacting the clinic.

I have read and accept the cancellation policy.`,
  },
  policy_reschedule: {
    title: "Rescheduling policy",
    body: `You can move an appointment at {{clinicName}} up to {{rescheduleNoticeHours}} hours before it starts, from your client portal or by contacting the clinic.

- Each appointment can be moved at your request: {{rescheduleLimit}}.
- Inside {{rescheduleNoticeHours}} hours, please contact the clinic; a move may not be possible and may count as a late cancellation.
- Sessions in a course are spaced to let the skin heal, so a new time must keep the minimum gap between sessions.

I have read and accept the rescheduling policy.`,
  },
};
