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
  // build files it skips. No CSP here: a second policy would be enforced beside the proxy's.
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
    ];
  },
};

export default nextConfig;
