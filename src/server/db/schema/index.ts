export * from "./appointments.ts";
export * from "./auth.ts";
export * from "./clients.ts";
export * from "./clinic.ts";
export * from "./consultations.ts";
export * from "./scheduling.ts";
export * from "./system.ts";
