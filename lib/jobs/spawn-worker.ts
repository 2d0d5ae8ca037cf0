// Starts the job worker as a child process of the server and starts it again if it dies (a crash
// leaves its job's lease to run out, and the new worker takes the job again). The child reads
// its stdin from the server, so it stops when the server stops, however the server stops.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const started = Symbol.for("sourcedeck.jobWorker");

export function startJobWorker(): void {
  const g = globalThis as { [started]?: boolean };
  if (g[started] || process.env.JOB_WORKER === "off") return;
  g[started] = true;
  let stopping = false;
  let child: ChildProcess | null = null;
  const entry = path.join(process.cwd(), "lib/jobs/worker-main.ts");
  const launch = () => {
    child = spawn(process.execPath, ["--import", "tsx", entry], {
      cwd: process.cwd(),
      env: { ...process.env, SOURCEDECK_WORKER_PARENT: "1" },
      stdio: ["pipe", "inherit", "inherit"],
    });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`job worker exited (${signal ?? code}); starting it again`);
      setTimeout(launch, 1000);
    });
  };
  launch();
  process.on("exit", () => {
    stopping = true;
    child?.kill("SIGTERM");
  });
}
