// npx tsx scripts/seed-review-history.ts EMAIL [DECK_SLUG] [DAYS] — gives an account (created with the
// demo password if missing) a simulated review history on a deck, ending now: for demos, screenshots
// and the statistics e2e test. The learner's memory lasts longer than FSRS's defaults assume, so the
// optimiser has something to find.
import { hashPassword } from "@/lib/auth/password";
import { disconnectDb } from "@/lib/db/client";
import { findVisibleDeck } from "@/lib/db/decks";
import { historyTarget, seedSimulatedHistory } from "@/lib/db/review-fixtures";
import { upsertUser } from "@/lib/db/users";

const [email, slug = "iran-russia", daysArg = "150"] = process.argv.slice(2);
if (!email) {
  console.error("usage: tsx scripts/seed-review-history.ts EMAIL [DECK_SLUG] [DAYS]");
  process.exit(2);
}
const days = Number(daysArg);
const LONG_MEMORY = [
  1.5, 5.0, 9.0, 30.0, 6.0, 0.9, 3.2, 0.005, 2.3, 0.1, 0.7, 1.2, 0.05, 0.25, 1.4, 0.7, 1.6, 0.6, 0.08, 0.06, 0.12,
];
const { userId: existingId } = await historyTarget(email);
const user = existingId
  ? { id: existingId }
  : await upsertUser({
      email,
      name: "History Learner",
      passwordHash: await hashPassword("sourcedeck-demo"),
      role: "learner",
    });
const deck = await findVisibleDeck(user.id, slug);
const { reviews: already, cards } = await historyTarget(email, deck.id);
if (already > 0) {
  console.log(`${email} already has ${already} reviews on ${slug}: nothing written`);
  await disconnectDb();
  process.exit(0);
}
const start = new Date(Date.now() - days * 86_400_000);
const written = await seedSimulatedHistory({
  userId: user.id,
  deckId: deck.id,
  start,
  days,
  newPerDay: Math.max(1, Math.ceil(cards / Math.max(1, days * 0.6))),
  seed: 42,
  truthWeights: LONG_MEMORY,
});
console.log(`${email}: ${written} reviews over ${days} days on ${slug} (${cards} cards)`);
await disconnectDb();
