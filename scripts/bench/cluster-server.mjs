// The app as INSTANCES Node processes sharing one port (node:cluster): the primary accepts each
// connection and hands it to the next worker in turn, a load balancer without an extra hop. Each
// worker is Next's production server (the same handler `next start` runs), stateless (JWT
// sessions), with its own database pools. Used by npm run bench:scale; 127.0.0.1 only.
import cluster from "node:cluster";
import http from "node:http";
import next from "next";

const instances = Number(process.env.INSTANCES ?? 1);
const port = Number(process.env.PORT ?? 3121);
const hostname = "127.0.0.1";

if (cluster.isPrimary) {
  for (let i = 0; i < instances; i++) cluster.fork();
  const stop = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  http.createServer((req, res) => handle(req, res)).listen(port, hostname);
}
