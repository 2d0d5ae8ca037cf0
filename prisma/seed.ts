// Loads every deck under content/ and the demo accounts. Idempotent: a second run changes nothing.
import { loadAllDecks } from "@/lib/content/files";
import { formatProblem } from "@/lib/content/load";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { findUserForSignIn, upsertUser } from "@/lib/db/users";

export const DEMO_PASSWORD = "sourcedeck-demo";
export const DEMO_ACCOUNTS = [
  { email: "learner@sourcedeck.test", name: "Demo Learner", role: "learner" as const },
  { email: "instructor@sourcedeck.test", name: "Demo Instructor", role: "instructor" as const },
];

function progressLine(label: string) {
  const tty = process.stdout.isTTY;
  let last = -1;
  return (done: number, total: number) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last || (!tty && pct % 25 !== 0 && done !== total)) return;
    last = pct;
    const line = `  ${label}: ${done}/${total} facts (${pct}%)`;
    if (tty) process.stdout.write(`\r${line}${done === total ? "\n" : ""}`);
    else console.log(line);
  };
}

async function main() {
  const { decks, problems } = loadAllDecks();
  if (problems.length > 0) {
    for (const p of problems) console.error(`✗ ${formatProblem(p)}`);
    throw new Error(`content/ has ${problems.length} problem(s); nothing was loaded. Run npm run content:check.`);
  }
  console.log(`Seeding ${decks.length} deck(s) from content/`);
  for (const deck of decks) {
    const r = await syncContentDeck(deck, progressLine(deck.slug));
    console.log(
      `  ${deck.slug}: ${r.facts} facts, ${r.cards} cards (${r.created} new, ${r.updated} updated, ${r.removedCards} cards removed)`,
    );
  }
  for (const account of DEMO_ACCOUNTS) {
    const existing = await findUserForSignIn(account.email);
    // Leave an intact demo account alone (a fresh salt would change its row on every run).
    const intact =
      existing && existing.role === account.role && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD));
    if (!intact) await upsertUser({ ...account, passwordHash: await hashPassword(DEMO_PASSWORD) });
    console.log(`  demo account: ${account.email} (${account.role})${intact ? ", unchanged" : ""}`);
  }
  console.log(`Demo password for both accounts: ${DEMO_PASSWORD}`);
}

main()
  .then(() => disconnectDb())
  .catch(async (e) => {
    console.error(e instanceof Error ? e.message : e);
    await disconnectDb();
    process.exit(1);
  });
