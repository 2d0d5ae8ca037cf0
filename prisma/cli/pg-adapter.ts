// CLI only. The JavaScript schema engine cannot decode some Postgres catalog column types
// (prisma/prisma#27403: "Column type 'name' could not be deserialized"); reporting those
// columns as text lets `migrate deploy` and `migrate dev` work. Runtime code uses lib/db.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
// "char", name, int2vector, regproc, oidvector, pg_node_tree, regclass, regtype -> text; name[] -> text[]
const CATALOG_TYPES_AS_TEXT = new Map<number, number>([
  [18, TEXT_OID],
  [19, TEXT_OID],
  [22, TEXT_OID],
  [24, TEXT_OID],
  [30, TEXT_OID],
  [194, TEXT_OID],
  [2205, TEXT_OID],
  [2206, TEXT_OID],
  [1003, TEXT_ARRAY_OID],
]);

function relabel<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Array<pg.QueryResult | undefined>) {
    for (const field of r?.fields ?? []) {
      const as = CATALOG_TYPES_AS_TEXT.get(field.dataTypeID);
      if (as !== undefined) field.dataTypeID = as;
    }
  }
  return result;
}

class CatalogAsTextClient extends pg.Client {
  // pg's overloads are too many to restate; this wrapper only post-processes the result.
  query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    const run = (super.query as (c: unknown, v: unknown) => Promise<pg.QueryResult>)(config, values).then(relabel);
    if (typeof callback === "function") {
      const cb = callback as (err: Error | null, res?: pg.QueryResult) => void;
      run.then(
        (r) => cb(null, r),
        (e: Error) => cb(e),
      );
      return undefined as never;
    }
    return run as never;
  }
}

export function pgAdapterForCli(connectionString: string | undefined) {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const url = new URL(connectionString);
  // Discrete fields: adapter-pg makes the shadow database pool by overriding `database`,
  // which a connectionString would win over.
  const pool = new pg.Pool({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    Client: CatalogAsTextClient as unknown as typeof pg.Client,
    idleTimeoutMillis: 200, // the default 10 s keeps the CLI alive after its work is done
  });
  return new PrismaPg(pool, { disposeExternalPool: true });
}
