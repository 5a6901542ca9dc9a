export * from "./types.js";
export * from "./span.js";
export * from "./search.js";
