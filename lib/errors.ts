// The small error vocabulary of the app. lib/ throws these; app/ translates them once, to HTTP
// answers (lib/http/respond.ts) or to form messages.
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code:
      | "unauthorized"
      | "forbidden"
      | "not_found"
      | "method_not_allowed"
      | "invalid"
      | "conflict"
      | "too_large"
      | "unsupported_media_type"
      | "rate_limited"
      | "unprocessable",
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const Unauthorized = (message = "Sign in to continue.") => new AppError("unauthorized", message);
export const Forbidden = (message = "You are not allowed to do that.") => new AppError("forbidden", message);
export const NotFound = (what = "That") => new AppError("not_found", `${what} was not found.`);
export const Invalid = (message: string, fields?: FieldErrors) => new AppError("invalid", message, fields);
export const Conflict = (message: string) => new AppError("conflict", message);
export const RateLimited = (message: string) => new AppError("rate_limited", message);
export const TooLarge = (message: string) => new AppError("too_large", message);
export const UnsupportedMediaType = (message: string) => new AppError("unsupported_media_type", message);
/** Well-formed, but the data cannot support it yet (e.g. too few reviews to optimise). */
export const Unprocessable = (message: string) => new AppError("unprocessable", message);

export const HTTP_STATUS: Record<AppError["code"], number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid: 400,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unprocessable: 422,
};
