import type { BookingPolicy } from "../../../../domain/settings/booking-policy.ts";

export type RuleKey = keyof BookingPolicy;

export type RuleField =
  | { key: RuleKey; kind: "switch"; label: string }
  | {
      key: RuleKey;
      kind: "number";
      label: string;
      unit: "hours" | "minutes" | "times";
      min: number;
      max: number;
      /** Said after the consequence, e.g. how to switch the rule off. */
      hint?: string;
    }
  | { key: RuleKey; kind: "select"; label: string; options: number[] };

export interface RuleSection {
  title: string;
  description: string;
  fields: RuleField[];
}

/** The Booking rules screen, card by card; the bounds match the domain schema. */
export const RULE_SECTIONS: RuleSection[] = [
  {
    title: "Cancellations",
    description: "When a cancellation counts as late, and what happens to the deposit.",
    fields: [
      {
        key: "cancellationNoticeHours",
        kind: "number",
        label: "Cancellation notice",
        unit: "hours",
        min: 0,
        max: 720,
      },
      {
        key: "lateCancelForfeitsDeposit",
        kind: "switch",
        label: "Late cancellation keeps the deposit",
      },
    ],
  },
  {
    title: "Rescheduling",
    description:
      "How late, and how often, clients can move their own appointments. Staff can always move them.",
    fields: [
      {
        key: "rescheduleNoticeHours",
        kind: "number",
        label: "Rescheduling notice",
        unit: "hours",
        min: 0,
        max: 720,
      },
      {
        key: "rescheduleLimit",
        kind: "number",
        label: "Moves allowed per appointment",
        unit: "times",
        min: 0,
        max: 20,
        hint: "0 means no limit.",
      },
    ],
  },
  {
    title: "No-shows",
    description: "When staff can record that a client didn't turn up, and what that costs them.",
    fields: [
      {
        key: "noShowAfterMinutes",
        kind: "number",
        label: "Mark as a no-show after",
        unit: "minutes",
        min: 0,
        max: 240,
      },
      { key: "noShowForfeitsDeposit", kind: "switch", label: "No-show keeps the deposit" },
    ],
  },
  {
    title: "Holding slots",
    description: "How booking offers start times, and how long a chosen time is kept.",
    fields: [
      {
        key: "holdMinutes",
        kind: "number",
        label: "Hold a chosen time for",
        unit: "minutes",
        min: 2,
        max: 60,
      },
      {
        key: "slotStepMinutes",
        kind: "select",
        label: "Offer start times every",
        options: [5, 10, 15, 20, 30, 60],
      },
    ],
  },
  {
    title: "Waitlist",
    description: "How a freed-up time is offered, in turn, to clients waiting for an earlier date.",
    fields: [
      {
        key: "waitlistOfferMinutes",
        kind: "number",
        label: "Time to accept an offer",
        unit: "minutes",
        min: 15,
        max: 2880,
      },
      {
        key: "waitlistMinNoticeHours",
        kind: "number",
        label: "Don't offer times starting within",
        unit: "hours",
        min: 0,
        max: 168,
      },
    ],
  },
];
