export * from "./default-texts.ts";
export * from "./kinds.ts";
export * from "./render.ts";
