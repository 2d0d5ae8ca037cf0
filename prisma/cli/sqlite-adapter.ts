// CLI only. `migrate dev` replays whole migration files into an in-memory shadow database through
// executeRaw, but better-sqlite3 prepares one statement at a time: send scripts to executeScript.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type RawQuery = { sql: string; args: unknown[] };

export function sqliteAdapterForCli(url: string) {
  const factory = new PrismaBetterSQLite3({ url });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query: RawQuery) => {
      const withoutComments = query.sql.replace(/--[^\n]*/g, "");
      if (query.args.length === 0 && /;\s*\S/.test(withoutComments)) {
        await shadow.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query as Parameters<typeof executeRaw>[0]);
    };
    return shadow;
  };
  return factory;
}
