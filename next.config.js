// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Types are checked once, by `tsc --noEmit` in `npm test` (over the whole project, tests and
  // scripts included); the build does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  // The FSRS optimiser is a native napi module: Node loads it at run time, the bundler must not.
  serverExternalPackages: ["@open-spaced-repetition/binding"],
};

export default nextConfig;
