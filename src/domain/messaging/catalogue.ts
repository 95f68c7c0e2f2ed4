/**
 * The messages Stipple plans for clients: kinds (the timeline's grouping), template keys (one
 * wording per key and channel, overridable by the clinic) and the placeholders each may use.
 */

export const messageKinds = [
  "confirmation",
  "reminder",
  "pre-care",
  "aftercare",
  "check-in",
  "touch-up",
  "recall",
] as const;
export type MessageKind = (typeof messageKinds)[number];

export const templateChannels = ["email", "sms"] as const;
export type TemplateChannel = (typeof templateChannels)[number];

export const templateKeys = [
  "confirmation",
  "reminder",
  "pre-care-early",
  "pre-care-eve",
  "aftercare-day-0",
  "aftercare-day-0-final",
  "aftercare-shave",
  "aftercare-cleanser",
  "aftercare-shampoo",
  "aftercare-swim-sun",
  "aftercare-swim-sun-final",
  "check-in",
  "touch-up",
  "touch-up-last-call",
  "recall",
] as const;
export type TemplateKey = (typeof templateKeys)[number];

/** Every placeholder the renderer knows, with what it stands for (shown in Settings → Messages). */
export const placeholderDescriptions = {
  clientFirstName: "The client's first (or preferred) name",
  clinicName: "Your clinic's name",
  clinicPhone: "Your clinic's phone number",
  clinicEmail: "Your clinic's email address",
  locationName: "The location of the appointment",
  locationAddress: "The location's address on one line",
  appointmentLabel: "“appointment”, or the service name when the clinic is not discreet",
  appointmentDate: "Date of the appointment, e.g. Mon 26 Oct 2026",
  appointmentTime: "Start time of the appointment, e.g. 10:00",
  sessionNumber: "Which session of the course, e.g. 2",
  courseSchedule: "For a course booked at once: every session's date and time (empty otherwise)",
  noWashDays: "Days without washing after a session",
  noGymDays: "Days without the gym or heavy sweating",
  rednessDays: "Days within which redness usually settles",
  swimSunDays: "Days without swimming, sauna or sun",
  checkInLink: "The client's private check-in link",
  checkInDay: "Days since the session, e.g. 3",
  checkInExpiry: "Last date the check-in link works",
  touchUpLabel: "Name of the included touch-up",
  touchUpWindowEnd: "Last date to have the included touch-up",
  recallYears: "Years since the course finished, e.g. 3",
} as const;
export type Placeholder = keyof typeof placeholderDescriptions;
export const placeholderNames = Object.keys(placeholderDescriptions) as Placeholder[];

const common: Placeholder[] = [
  "clientFirstName",
  "clinicName",
  "clinicPhone",
  "clinicEmail",
  "locationName",
  "locationAddress",
];
const appointment: Placeholder[] = [
  ...common,
  "appointmentLabel",
  "appointmentDate",
  "appointmentTime",
];
const aftercareVars: Placeholder[] = [
  ...appointment,
  "sessionNumber",
  "noWashDays",
  "noGymDays",
  "rednessDays",
  "swimSunDays",
];

export interface TemplateInfo {
  key: TemplateKey;
  kind: MessageKind;
  label: string;
  /** When it goes, in words, for Settings → Messages. */
  when: string;
  placeholders: readonly Placeholder[];
}

export const templateCatalogue: Record<TemplateKey, TemplateInfo> = {
  confirmation: {
    key: "confirmation",
    kind: "confirmation",
    label: "Booking confirmation",
    when: "As soon as an appointment is booked or moved (once for a whole course)",
    placeholders: [...appointment, "courseSchedule"],
  },
  reminder: {
    key: "reminder",
    kind: "reminder",
    label: "Appointment reminder",
    when: "48 and 24 hours before each appointment (set in the schedule)",
    placeholders: appointment,
  },
  "pre-care-early": {
    key: "pre-care-early",
    kind: "pre-care",
    label: "Preparation, a week before",
    when: "7 days before each session: moisturise daily, keep out of the sun",
    placeholders: appointment,
  },
  "pre-care-eve": {
    key: "pre-care-eve",
    kind: "pre-care",
    label: "Preparation, the day before",
    when: "1 day before each session: shave, no alcohol, aspirin or ibuprofen, what to bring",
    placeholders: appointment,
  },
  "aftercare-day-0": {
    key: "aftercare-day-0",
    kind: "aftercare",
    label: "Aftercare instructions (day 0)",
    when: "Shortly after each session",
    placeholders: aftercareVars,
  },
  "aftercare-day-0-final": {
    key: "aftercare-day-0-final",
    kind: "aftercare",
    label: "Aftercare instructions after the final session (day 0)",
    when: "Shortly after the last session of a course",
    placeholders: aftercareVars,
  },
  "aftercare-shave": {
    key: "aftercare-shave",
    kind: "aftercare",
    label: "Aftercare: first shave",
    when: "Day 4 after each session: electric foil shaver, avoid any scabs",
    placeholders: aftercareVars,
  },
  "aftercare-cleanser": {
    key: "aftercare-cleanser",
    kind: "aftercare",
    label: "Aftercare: gentle cleanser",
    when: "Day 7 after each session",
    placeholders: aftercareVars,
  },
  "aftercare-shampoo": {
    key: "aftercare-shampoo",
    kind: "aftercare",
    label: "Aftercare: back to normal shampoo",
    when: "Day 10 after each session",
    placeholders: aftercareVars,
  },
  "aftercare-swim-sun": {
    key: "aftercare-swim-sun",
    kind: "aftercare",
    label: "Aftercare: swimming, sauna and sun",
    when: "Day 30 after a session, unless the next session comes first",
    placeholders: aftercareVars,
  },
  "aftercare-swim-sun-final": {
    key: "aftercare-swim-sun-final",
    kind: "aftercare",
    label: "Aftercare: swimming, sauna and sun after the final session",
    when: "Day 30 after the last session of a course: daily SPF from now on",
    placeholders: aftercareVars,
  },
  "check-in": {
    key: "check-in",
    kind: "check-in",
    label: "Check-in",
    when: "Days 3 and 10 after each session: all fine, or something to look at",
    placeholders: [...aftercareVars, "checkInLink", "checkInDay", "checkInExpiry"],
  },
  "touch-up": {
    key: "touch-up",
    kind: "touch-up",
    label: "Included touch-up: time to book",
    when: "When the included touch-up window opens, unless one is booked",
    placeholders: [...appointment, "touchUpLabel", "touchUpWindowEnd"],
  },
  "touch-up-last-call": {
    key: "touch-up-last-call",
    kind: "touch-up",
    label: "Included touch-up: last call",
    when: "Two weeks before the included touch-up window closes, unless one is booked",
    placeholders: [...appointment, "touchUpLabel", "touchUpWindowEnd"],
  },
  recall: {
    key: "recall",
    kind: "recall",
    label: "Top-up recall",
    when: "36 and 48 months after the course, unless a future appointment is booked",
    placeholders: [...common, "recallYears"],
  },
};
