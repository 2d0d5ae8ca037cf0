// The value vocabulary (calendar, dates as answers write them, number words, scales, Roman numerals) used by generate, quiz and content.
export * from "./calendar";
export * from "./numbers";
export * from "./date-answers";
