// Numbers as a person or a script sends them: a JSON number, or (from a form) a plain decimal
// string. z.coerce.number() would also read "0x10" as 16, "1e3" as 1000, " " as 0 and true as 1.
import { z } from "zod";

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function strictNumber(message: string) {
  return z.union(
    [z.number({ error: message }), z.string({ error: message }).trim().regex(DECIMAL, message).transform(Number)],
    {
      error: message,
    },
  );
}

/** A finite number in [min, max] (a JSON number or a decimal string). */
export function decimal(opts: { min: number; max: number; message: string }) {
  return strictNumber(opts.message).pipe(
    z.number().finite(opts.message).min(opts.min, opts.message).max(opts.max, opts.message),
  );
}

/** A whole number in [min, max] (a JSON number or a string of digits). */
export function wholeNumber(opts: {
  min: number;
  max: number;
  message: string;
  minMessage?: string;
  maxMessage?: string;
}) {
  return strictNumber(opts.message).pipe(
    z
      .number()
      .int(opts.message)
      .min(opts.min, opts.minMessage ?? opts.message)
      .max(opts.max, opts.maxMessage ?? opts.message),
  );
}
