/** Fictional people for the demo clinic. Phone numbers are in Ofcom's range reserved for drama. */
export const demoClients: [string, string][] = [
  ["James", "Whitfield"],
  ["Daniel", "Okafor"],
  ["Tom", "Harrington"],
  ["Marcus", "Bell"],
  ["Ryan", "Doyle"],
  ["Sam", "Patel"],
  ["Liam", "Murphy"],
  ["Oliver", "Grant"],
  ["Chris", "Kowalski"],
  ["Aaron", "Hughes"],
  ["Ben", "Ashworth"],
  ["Jordan", "Reid"],
  ["Matt", "Fenwick"],
  ["Kieran", "Walsh"],
  ["Adam", "Novak"],
  ["Luke", "Chambers"],
  ["Nathan", "Price"],
  ["Josh", "Kaur"],
  ["Dominic", "Lyle"],
  ["Harry", "Sutton"],
  ["Emma", "Clarke"],
  ["Sophie", "Turner"],
  ["Rachel", "Adeyemi"],
  ["Claire", "Morgan"],
  ["Priya", "Shah"],
  ["Gareth", "Evans"],
  ["Stuart", "MacLeod"],
  ["Ahmed", "Hassan"],
  ["Craig", "Bennett"],
  ["Paul", "Jennings"],
];

export const demoStaff = [
  {
    role: "owner",
    name: "Sarah Mitchell",
    email: "owner@southampton-smp.example.com",
    colour: "#1f6f78",
  },
  {
    role: "admin",
    name: "David Cole",
    email: "admin@southampton-smp.example.com",
    colour: "#495057",
  },
  {
    role: "practitioner",
    name: "Alex Morgan",
    email: "alex@southampton-smp.example.com",
    colour: "#1971c2",
  },
  {
    role: "practitioner",
    name: "Jamie Fraser",
    email: "jamie@southampton-smp.example.com",
    colour: "#2f9e44",
  },
  {
    role: "practitioner",
    name: "Priya Nair",
    email: "priya@southampton-smp.example.com",
    colour: "#9c36b5",
  },
  {
    role: "receptionist",
    name: "Holly Jenkins",
    email: "reception@southampton-smp.example.com",
    colour: "#e8590c",
  },
] as const;

export const DEMO_PASSWORD = "stipple-demo-2026";

/** A small deterministic generator so every fresh install gets the same demo week. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
