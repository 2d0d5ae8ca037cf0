// The security headers every answer carries. Scripts run only with the per-request nonce (Next
// puts it on its own scripts when the request's CSP names it; every page renders per request,
// since the layout reads the session); 'strict-dynamic' lets those scripts load the app's chunks.
// Styles allow 'unsafe-inline': React's style attributes cannot carry a nonce.

export function contentSecurityPolicy(opts: { nonce: string; https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers that do not depend on the request, on pages and JSON answers alike. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * A JSON answer runs no script and embeds nothing, so it needs no nonce: this fixed policy forbids
 * everything (stricter than the pages'), should a browser ever render one as a document.
 */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(opts: { csp: string; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": opts.csp,
    ...STATIC_SECURITY_HEADERS,
    ...(opts.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** The headers of every answer under /api/: the same, with the fixed policy instead of a nonce. */
export function apiSecurityHeaders(https: boolean): Record<string, string> {
  return securityHeaders({ csp: API_CONTENT_SECURITY_POLICY, https });
}

/** A base64 nonce from 16 random bytes. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
