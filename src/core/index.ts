export * from "./types.js";
export * from "./span.js";
