// Runs once when a Next server process starts (next start, next dev, the e2e and CI servers):
// the peer-address header for the sign-in throttle, the fast path of the two hot JSON routes
// (lib/http/fast-api.ts; production servers only, API_FAST_PATH=off to turn it off), and the job
// worker beside the server (JOB_WORKER=off when jobs are done by separately run workers: npm run worker).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressHeader } = await import("./lib/http/peer-address");
  installPeerAddressHeader();
  if (process.env.NODE_ENV === "production" && process.env.API_FAST_PATH !== "off") {
    const { installFastApi } = await import("./lib/http/fast-api");
    installFastApi();
  }
  const { startJobWorker } = await import("./lib/jobs/spawn-worker");
  startJobWorker();
}
