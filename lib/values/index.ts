// The value vocabulary (calendar, number words, scales, Roman numerals) used by generate, quiz and content.
export * from "./calendar";
export * from "./numbers";
