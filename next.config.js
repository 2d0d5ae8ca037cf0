// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Type errors and lint are checked by `npm run typecheck` in the test run, not twice in builds.
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
