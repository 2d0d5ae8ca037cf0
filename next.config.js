// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Types are checked once, by `tsc --noEmit` in `npm test` (over the whole project, tests and
  // scripts included); the build does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  // The FSRS optimiser is a native napi module: Node loads it at run time, the bundler must not.
  serverExternalPackages: ["@open-spaced-repetition/binding"],
  // The proxy (proxy.ts) sets these and the CSP on every answer it sees; this covers the static
  // build files it skips. No CSP for pages here: a second policy would be enforced beside the
  // proxy's. The JSON API skips the proxy: its answers, Next's own 404 and 405 included, get the
  // full set here, with the fixed JSON policy (lib/http/security-headers.ts; a unit test keeps
  // the two the same).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        source: "/api/v1/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        source: "/api/v1/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
