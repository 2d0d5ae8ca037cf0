// Turning free-typed answers into comparable forms: plain text, calendar dates and quantities.
// Pure: no clock (chrono gets a fixed reference date), no I/O.
export { foldText, normaliseText, splitLettersAndDigits } from "./text";
export { DEFAULT_REFERENCE_DATE, toDateKey } from "./dates";
export { isNumberWord, SCALE_WORDS, toQuantity, type Quantity } from "./quantities";
