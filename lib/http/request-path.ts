// Checks of the raw request address, made before any route runs: a segment that is not valid
// percent-encoding ("%zz"), or that decodes to NUL or another control character, is refused with a
// 400 instead of reaching the router (which answered it with a plain-text 500).

import { isCleanText } from "@/lib/validation/text";

// Control characters (C0, DEL, C1) have no place in a path or a query of this app.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function pathProblem(rawPath: string): string | null {
  for (const segment of rawPath.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "The address is not validly encoded.";
    }
    if (CONTROL.test(decoded)) return "The address contains control characters.";
    if (!isCleanText(decoded)) return "The address is not valid text.";
  }
  return null;
}

export function queryProblem(rawSearch: string): string | null {
  if (rawSearch === "" || rawSearch === "?") return null;
  for (const part of rawSearch.replace(/^\?/, "").split("&")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return "The query is not validly encoded.";
    }
    if (CONTROL.test(decoded)) return "The query contains control characters.";
  }
  return null;
}
