// Every SQL statement of the two hot paths (recording a review, reading the study queue), with the
// two engines' text side by side. They run through the drivers themselves (driver.ts): prepared
// once per connection (better-sqlite3 statements; named statements on each pg connection), so a
// hot request pays neither Prisma's per-query cost nor a parse. Everything else stays on Prisma.
//
// Conventions: SQLite binds named parameters (@name), PostgreSQL positional ones ($n) in the order
// of `params`; the driver encodes values per engine (SQLite: dates as Prisma's ISO text, booleans
// 0/1; PostgreSQL: ISO strings into timestamp(3) columns, read back as UTC). Keep the two texts of
// a statement answering the same columns with the same names.

import { CARD_STATE_COLUMNS, SCHEDULING_COLUMNS } from "./card-states";

export type HotStatement = { name: string; params: readonly string[]; sqlite: string; postgresql: string };

const statement = <const P extends readonly string[]>(name: string, params: P, sqlite: string, postgresql: string) =>
  ({ name: `sourcedeck_${name}`, params, sqlite, postgresql }) satisfies HotStatement;

/** The rule of visibleDecksWhere (decks.ts): content decks, one's own, and ones assigned to one's classes. */
const deckVisibleTo = (userParam: string) => `(d."ownerId" IS NULL OR d."ownerId" = ${userParam} OR EXISTS (
    SELECT 1 FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId"
    WHERE a."deckId" = d."id" AND e."userId" = ${userParam}))`;

// What the scheduler and the queue need of a card state (everything but its ids).
const STATE_COLUMNS = CARD_STATE_COLUMNS.filter((c) => c !== "cardId" && c !== "factId")
  .map((c) => `s."${c}"`)
  .join(", ");

/** One user's study settings: the one read the scheduler's per-user parameters come from. */
export const studySettingsSql = statement(
  "study_settings",
  ["userId"],
  `SELECT "desiredRetention", "maxIntervalDays", "timeZone", "dayStartHour", "newPerDay", "maxReviewsPerDay",
     "fsrsParams"
   FROM "User" WHERE "id" = @userId`,
  `SELECT "desiredRetention", "maxIntervalDays", "timeZone", "dayStartHour", "newPerDay", "maxReviewsPerDay",
     "fsrsParams"
   FROM "User" WHERE "id" = $1`,
);

/** The card, if the user may see its deck, with the user's state of it (null columns: never reviewed). */
export const reviewContextSql = statement(
  "review_context",
  ["userId", "cardId"],
  `SELECT c."id" AS "cardId", c."deckId", c."factId", s."id" AS "stateId", ${STATE_COLUMNS}
   FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId"
   LEFT JOIN "CardState" s ON s."userId" = @userId AND s."cardId" = c."id"
   WHERE c."id" = @cardId AND ${deckVisibleTo("@userId")}`,
  `SELECT c."id" AS "cardId", c."deckId", c."factId", s."id" AS "stateId", ${STATE_COLUMNS}
   FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId"
   LEFT JOIN "CardState" s ON s."userId" = $1 AND s."cardId" = c."id"
   WHERE c."id" = $2 AND ${deckVisibleTo("$1")}`,
);

// The state columns a review writes, in the order of the positional parameters $3..$15 (PG_STATE_VALUES).
const STATE_PARAMS = [...SCHEDULING_COLUMNS, "leech", "suspended", "version"] as const;
const quotedList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");
const LOG_PARAMS = [
  "reviewId",
  "deckId",
  "factId",
  "rating",
  "origin",
  "durationMs",
  "reviewedAt",
  "before",
  "wasNew",
  "typedAnswer",
  "checkOverride",
] as const;

// SQLite: the writes are separate statements inside one BEGIN IMMEDIATE … COMMIT (driver.ts).
// PostgreSQL: one statement whose data-modifying CTEs are one transaction and one round trip; the
// log is written only when the state write matched, and a failing log insert undoes the state write.
const SQLITE_UPDATE_STATE = `UPDATE "CardState" SET ${STATE_PARAMS.map((c) => `"${c}" = @${c}`).join(", ")}
  WHERE "userId" = @userId AND "cardId" = @cardId AND "version" = @prevVersion`;
const SQLITE_INSERT_STATE = `INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "factId",
    ${quotedList(STATE_PARAMS)})
  VALUES (@stateId, @userId, @cardId, @deckId, @factId, ${STATE_PARAMS.map((c) => `@${c}`).join(", ")})
  ON CONFLICT ("userId", "cardId") DO NOTHING`;
const SQLITE_INSERT_LOG = `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "factId", "rating", "origin",
    "durationMs", "reviewedAt", "before", "wasNew", "state", "due", "stability", "difficulty", "reps", "lapses",
    "elapsedDays", "scheduledDays", "typedAnswer", "checkOverride")
  VALUES (@reviewId, @userId, @cardId, @deckId, @factId, @rating, @origin, @durationMs, @reviewedAt, @before, @wasNew,
    @state, @due, @stability, @difficulty, @reps, @lapses, @elapsedDays, @scheduledDays, @typedAnswer, @checkOverride)`;

// $1 userId, $2 cardId, $3.. the state columns in STATE_PARAMS order, then the log's, then the last one.
const PG_STATE_VALUES = `$3::timestamp(3), $4::double precision, $5::double precision, $6::int, $7::int, $8::int,
    $9::int, $10::int, $11::int, $12::timestamp(3), $13::boolean, $14::boolean, $15::int`;
const PG_LOG_INSERT = (gate: string) => `log AS (
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "factId", "rating", "origin", "durationMs", "reviewedAt",
      "before", "wasNew", "state", "due", "stability", "difficulty", "reps", "lapses", "elapsedDays", "scheduledDays",
      "typedAnswer", "checkOverride")
    SELECT $16::text, $1::text, $2::text, $17::text, $18::text, $19::int, $20::text, $21::int, $22::timestamp(3),
      $23::text, $24::boolean, $11::int, $3::timestamp(3), $4::double precision, $5::double precision, $9::int, $10::int,
      $6::int, $7::int, $25::text, $26::boolean
    WHERE EXISTS (SELECT 1 FROM ${gate})
    RETURNING 1)
  SELECT (SELECT count(*) FROM ${gate})::int AS "states", (SELECT count(*) FROM log)::int AS "logs"`;

/** The new state over the one the caller read (same version), and its log. */
export const reviewOverStateSql = {
  name: "sourcedeck_review_over_state",
  params: ["userId", "cardId", ...STATE_PARAMS, ...LOG_PARAMS, "prevVersion"] as const,
  sqlite: { state: SQLITE_UPDATE_STATE, log: SQLITE_INSERT_LOG },
  postgresql: `WITH st AS (
    UPDATE "CardState" SET (${quotedList(STATE_PARAMS)}) = (${PG_STATE_VALUES})
    WHERE "userId" = $1 AND "cardId" = $2 AND "version" = $27::int
    RETURNING 1),
  ${PG_LOG_INSERT("st")}`,
};

/** A first state for a card the user never reviewed (nothing if one appeared meanwhile), and its log. */
export const reviewFirstStateSql = {
  name: "sourcedeck_review_first_state",
  params: ["userId", "cardId", ...STATE_PARAMS, ...LOG_PARAMS, "stateId"] as const,
  sqlite: { state: SQLITE_INSERT_STATE, log: SQLITE_INSERT_LOG },
  postgresql: `WITH st AS (
    INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "factId", ${quotedList(STATE_PARAMS)})
    VALUES ($27::text, $1::text, $2::text, $17::text, $18::text, ${PG_STATE_VALUES})
    ON CONFLICT ("userId", "cardId") DO NOTHING
    RETURNING 1),
  ${PG_LOG_INSERT("st")}`,
};

/** A log by its client-made id: a retried request is answered from it. */
export const reviewLogSql = statement(
  "review_log",
  ["reviewId"],
  `SELECT "id", "userId", "cardId", "before", "due", "state", "stability", "difficulty", "reps", "lapses"
   FROM "ReviewLog" WHERE "id" = @reviewId`,
  `SELECT "id", "userId", "cardId", "before", "due", "state", "stability", "difficulty", "reps", "lapses"
   FROM "ReviewLog" WHERE "id" = $1`,
);

/** The deck by slug or id, if the user may see it. */
export const queueDeckSql = statement(
  "queue_deck",
  ["userId", "deckRef"],
  `SELECT d."id", d."slug", d."title" FROM "Deck" d
   WHERE (d."slug" = @deckRef OR d."id" = @deckRef) AND ${deckVisibleTo("@userId")}`,
  `SELECT d."id", d."slug", d."title" FROM "Deck" d
   WHERE (d."slug" = $2 OR d."id" = $2) AND ${deckVisibleTo("$1")}`,
);

/** The states that can be due this study day, unsuspended: a range of the (userId, deckId, due) index. */
export const dueStatesSql = statement(
  "queue_due_states",
  ["userId", "deckId", "dayEnd"],
  `SELECT s."cardId", s."factId", ${STATE_COLUMNS} FROM "CardState" s
   WHERE s."userId" = @userId AND s."deckId" = @deckId AND s."due" < @dayEnd AND s."suspended" = 0`,
  `SELECT s."cardId", s."factId", ${STATE_COLUMNS} FROM "CardState" s
   WHERE s."userId" = $1 AND s."deckId" = $2 AND s."due" < $3::timestamp(3) AND s."suspended" = false`,
);

/** This study day's reviews in the deck, aggregated: how many, how many were first reviews, which facts. */
export const todayReviewsSql = statement(
  "queue_today_reviews",
  ["userId", "deckId", "dayStart"],
  `SELECT "factId", count(*) AS "reviews", sum(CASE WHEN "wasNew" THEN 1 ELSE 0 END) AS "firsts" FROM "ReviewLog"
   WHERE "userId" = @userId AND "deckId" = @deckId AND "reviewedAt" >= @dayStart GROUP BY "factId"`,
  `SELECT "factId", count(*)::int AS "reviews", sum(CASE WHEN "wasNew" THEN 1 ELSE 0 END)::int AS "firsts"
   FROM "ReviewLog" WHERE "userId" = $1 AND "deckId" = $2 AND "reviewedAt" >= $3::timestamp(3) GROUP BY "factId"`,
);

// The approved cards of a deck the user has no state for, in deck order (no LIMIT), for the given
// user and deck expressions: a parameter, or in queueReadSql the deck it finds by slug.
const NEW_CARDS = (userId: string, deckId: string) => `SELECT c."id", c."factId", c."position" FROM "Card" c
   WHERE c."deckId" = ${deckId}
     AND (SELECT count(*) FROM "CardState" s WHERE s."userId" = ${userId} AND s."deckId" = ${deckId})
       < (SELECT count(*) FROM "Card" k WHERE k."deckId" = ${deckId})
     AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."cardId" = c."id")
     AND EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = c."factId" AND f."status" = 'approved')
   ORDER BY c."position"`;

/**
 * The next approved cards the user has no state for, in deck order, at most `limit`. Probing every
 * card of the deck for a state costs ~1000 index descents (3 ms at 10 M states on PostgreSQL) even
 * when none is new, so two counts evaluated once first (states of this user in the deck: a range of
 * the (userId, deckId, due) index; the deck's cards) skip the scan when every card has a state.
 * The state probe, on the covering (userId, cardId) key, comes before the fact's status lookup.
 */
export const newCardsSql = statement(
  "queue_new_cards",
  ["userId", "deckId", "limit"],
  `${NEW_CARDS("@userId", "@deckId")} LIMIT @limit`,
  `${NEW_CARDS("$1", "$2")} LIMIT $3::int`,
);

/** What the study page shows of the queued cards (ids as a JSON array / a text[]: one prepared statement). */
export const cardDetailsSql = statement(
  "queue_card_details",
  ["cardIds"],
  `SELECT c."id", c."template", c."front", c."back", f."section", f."explanation", src."key" AS "sourceKey",
     src."title" AS "sourceTitle"
   FROM "Card" c JOIN "Fact" f ON f."id" = c."factId" JOIN "Source" src ON src."id" = f."sourceId"
   WHERE c."id" IN (SELECT value FROM json_each(@cardIds))`,
  `SELECT c."id", c."template", c."front", c."back", f."section", f."explanation", src."key" AS "sourceKey",
     src."title" AS "sourceTitle"
   FROM "Card" c JOIN "Fact" f ON f."id" = c."factId" JOIN "Source" src ON src."id" = f."sourceId"
   WHERE c."id" = ANY($1::text[])`,
);

const SHOWN_STATE_COLUMNS = STATE_COLUMNS.replaceAll('s."', 'st."');

/** The shown cards' text and the user's whole state of each (null columns: never studied). */
export const queueCardsSql = statement(
  "queue_cards",
  ["userId", "cardIds"],
  `SELECT c."id", c."template", c."front", c."back", f."section", f."explanation", src."key" AS "sourceKey",
     src."title" AS "sourceTitle", st."id" AS "stateId", ${SHOWN_STATE_COLUMNS}
   FROM "Card" c JOIN "Fact" f ON f."id" = c."factId" JOIN "Source" src ON src."id" = f."sourceId"
   LEFT JOIN "CardState" st ON st."userId" = @userId AND st."cardId" = c."id"
   WHERE c."id" IN (SELECT value FROM json_each(@cardIds))`,
  `SELECT c."id", c."template", c."front", c."back", f."section", f."explanation", src."key" AS "sourceKey",
     src."title" AS "sourceTitle", st."id" AS "stateId", ${SHOWN_STATE_COLUMNS}
   FROM "Card" c JOIN "Fact" f ON f."id" = c."factId" JOIN "Source" src ON src."id" = f."sourceId"
   LEFT JOIN "CardState" st ON st."userId" = $1 AND st."cardId" = c."id"
   WHERE c."id" = ANY($2::text[])`,
);

/**
 * What the queue read's SQL puts for each value it depends on: a parameter in queueInputsSql, and
 * in queueReadSql, which finds the deck and the settings itself, what that statement reads.
 */
type QueueBinds = {
  userId: string;
  deckId: string;
  readUntil: string;
  now: string;
  dayStart: string;
  newPerDay: string;
};

const SQLITE_BINDS: QueueBinds = {
  userId: "@userId",
  deckId: "@deckId",
  readUntil: "@readUntil",
  now: "@now",
  dayStart: "@dayStart",
  newPerDay: "@newPerDay",
};
// In the order of QUEUE_INPUT_PARAMS; queueReadSql has its deckRef as $2 and no $6.
const PG_BINDS: QueueBinds = {
  userId: "$1",
  deckId: "$2",
  readUntil: "$3::timestamp(3)",
  now: "$4::timestamp(3)",
  dayStart: "$5::timestamp(3)",
  newPerDay: "$6::int",
};

// Today's first reviews in the deck: what is left of the new-card room.
const FIRSTS_TODAY = (b: QueueBinds) => `(SELECT coalesce(sum(CASE WHEN l."wasNew" THEN 1 ELSE 0 END), 0)
     FROM "ReviewLog" l WHERE l."userId" = ${b.userId} AND l."deckId" = ${b.deckId}
       AND l."reviewedAt" >= ${b.dayStart})`;

/** newCardsSql with its limit worked out from today's first reviews: 4 × the new-card room left, none once used up. */
const NEW_CARDS_IN_ROOM = {
  sqlite: (b: QueueBinds) => `${NEW_CARDS(b.userId, b.deckId)}
   LIMIT max(0, ${b.newPerDay} - ${FIRSTS_TODAY(b)}) * 4`,
  postgresql: (b: QueueBinds) => `${NEW_CARDS(b.userId, b.deckId)}
   LIMIT greatest(0, ${b.newPerDay} - ${FIRSTS_TODAY(b)}) * 4`,
};

/** What a kind-tagged row of queueInputsSql (and queueReadSql) is. */
export const QUEUE_INPUT_KIND = { state: 0, todayFact: 1, newCard: 2, packedStates: 3, deckSettings: 4 } as const;

// The candidate states on PostgreSQL, as rows (kind state) or packed into one text (kind
// packedStates). Packed, the pg driver parses one value instead of ~8 per state: measured at 10 M
// states, 280 candidates, back to back on one connection, the packed read cost 0.5–0.9 ms of Node
// CPU and 0.7–1.2 ms of the backend's instead of 1.0–2.0 and 0.8–1.2 as rows. Fields are the
// ASCII unit separator apart, records the record separator apart; float8 prints its shortest exact
// form (as it does for the rows pg parses), so the numbers read back are the same. An id holding a
// separator (none of cuid's alphabet) is detected by the count beside the text, and the rows are
// read instead (queueInputsRowsSql).
export const PACKED_FIELD = "\x1f";
export const PACKED_RECORD = "\x1e";
const PG_CANDIDATES_WHERE = (b: QueueBinds) => `FROM "CardState" s
   WHERE s."userId" = ${b.userId} AND s."deckId" = ${b.deckId} AND s."due" < ${b.readUntil} AND s."suspended" = false
     AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${b.now})`;
const PG_CANDIDATE_ROWS = (b: QueueBinds) => `SELECT 0, s."cardId", s."factId", s."state",
     (extract(epoch FROM s."due") * 1000)::float8, s."stability", (extract(epoch FROM s."lastReview") * 1000)::float8,
     s."scheduledDays"
   ${PG_CANDIDATES_WHERE(b)}`;
// concat_ws skips NULLs: a state never reviewed has an empty lastReview field instead.
const PG_CANDIDATES_PACKED = (
  b: QueueBinds,
) => `SELECT 3, string_agg(concat_ws(E'\\x1f', s."cardId", s."factId", s."state",
       (extract(epoch FROM s."due") * 1000)::float8, s."stability",
       coalesce(((extract(epoch FROM s."lastReview") * 1000)::float8)::text, ''), s."scheduledDays"), E'\\x1e'),
     NULL, count(*)::int, NULL, NULL, NULL, NULL
   ${PG_CANDIDATES_WHERE(b)}`;
const PG_TODAY_AND_NEW = (b: QueueBinds) => `SELECT 1, NULL, l."factId", count(*)::int,
     sum(CASE WHEN l."wasNew" THEN 1 ELSE 0 END)::float8, NULL, NULL, NULL
   FROM "ReviewLog" l WHERE l."userId" = ${b.userId} AND l."deckId" = ${b.deckId} AND l."reviewedAt" >= ${b.dayStart}
   GROUP BY l."factId"
   UNION ALL
   SELECT 2, n."id", n."factId", n."position", NULL, NULL, NULL, NULL
   FROM (${NEW_CARDS_IN_ROOM.postgresql(b)}) n`;

const SQLITE_QUEUE_INPUTS = (b: QueueBinds) => `SELECT 0, s."cardId", s."factId", s."state",
     CAST(round(unixepoch(s."due", 'subsec') * 1000) AS INTEGER), s."stability",
     CAST(round(unixepoch(s."lastReview", 'subsec') * 1000) AS INTEGER), s."scheduledDays"
   FROM "CardState" s
   WHERE s."userId" = ${b.userId} AND s."deckId" = ${b.deckId} AND s."due" < ${b.readUntil} AND s."suspended" = 0
     AND (s."buriedUntil" IS NULL OR s."buriedUntil" <= ${b.now})
   UNION ALL
   SELECT 1, NULL, l."factId", count(*), sum(CASE WHEN l."wasNew" THEN 1 ELSE 0 END), NULL, NULL, NULL
   FROM "ReviewLog" l WHERE l."userId" = ${b.userId} AND l."deckId" = ${b.deckId} AND l."reviewedAt" >= ${b.dayStart}
   GROUP BY l."factId"
   UNION ALL
   SELECT 2, n."id", n."factId", n."position", NULL, NULL, NULL, NULL FROM (${NEW_CARDS_IN_ROOM.sqlite(b)}) n`;

const QUEUE_INPUT_PARAMS = ["userId", "deckId", "readUntil", "now", "dayStart", "newPerDay"] as const;

/**
 * Everything buildQueue reads, in one statement (one round trip, where each costs most on a busy
 * PostgreSQL), as rows tagged by kind in the same eight columns: kind, cardId, factId, then
 *   state:     state, dueMs, stability, lastReviewMs, scheduledDays — what buildQueue needs of the
 *              states that can be due, unsuspended and unburied, times as integer milliseconds
 *              (exact: both engines store milliseconds), every column in the covering
 *              (userId, deckId, due, …) index, so the read never visits the table;
 *   packedStates (PostgreSQL, in place of the state rows): the same seven fields of every candidate
 *              in one text in the cardId column, and their count in the state column;
 *   todayFact: reviews, firsts — this study day's reviews in the deck, per fact (todayReviewsSql);
 *   newCard:   position — the new cards in today's room (newCardsSql, its limit from today's first reviews).
 */
export const queueInputsSql = statement(
  "queue_inputs",
  QUEUE_INPUT_PARAMS,
  SQLITE_QUEUE_INPUTS(SQLITE_BINDS),
  `${PG_CANDIDATES_PACKED(PG_BINDS)}
   UNION ALL
   ${PG_TODAY_AND_NEW(PG_BINDS)}`,
);

/** queueInputsSql with the candidate states as rows on both engines: when the packed text does not read back. */
export const queueInputsRowsSql = statement(
  "queue_inputs_rows",
  QUEUE_INPUT_PARAMS,
  SQLITE_QUEUE_INPUTS(SQLITE_BINDS),
  `${PG_CANDIDATE_ROWS(PG_BINDS)}
   UNION ALL
   ${PG_TODAY_AND_NEW(PG_BINDS)}`,
);

// queueReadSql's deck (by slug or id, if the user may see it; one, as the former read took the
// first) and the user's settings (studySettingsSql's columns), each read once for the whole statement.
// (SQLite's names are case-blind: a CTE named deck would stand for "Deck" inside itself.)
const QUEUE_DECK_AND_SETTINGS = (userId: string, deckRef: string) => `found_deck AS (
     SELECT d."id", d."slug", d."title" FROM "Deck" d
     WHERE (d."slug" = ${deckRef} OR d."id" = ${deckRef}) AND ${deckVisibleTo(userId)}
     LIMIT 1),
   user_settings AS (
     SELECT "desiredRetention", "maxIntervalDays", "timeZone", "dayStartHour", "newPerDay", "maxReviewsPerDay",
       "fsrsParams"
     FROM "User" WHERE "id" = ${userId})`;
// The inputs' deck is the one found (none: no rows), their new-card allowance the user's own.
const READ_BINDS = (b: QueueBinds): QueueBinds => ({
  ...b,
  deckId: `(SELECT "id" FROM found_deck)`,
  newPerDay: `coalesce((SELECT "newPerDay" FROM user_settings), 0)`,
});
// Kind deckSettings, one row when the user exists: the texts (deck id, slug, title — null when the
// user may not see it —, time zone, FSRS weights) as a JSON array in the cardId column, which keeps
// every text exact; then dayStartHour, desiredRetention, maxIntervalDays, maxReviewsPerDay, newPerDay.
const DECK_SETTINGS_ROW = (texts: (values: string) => string, float: (column: string) => string) => `SELECT 4,
     ${texts('d."id", d."slug", d."title", u."timeZone", u."fsrsParams"')}, NULL, u."dayStartHour",
     u."desiredRetention", ${float('u."maxIntervalDays"')}, ${float('u."maxReviewsPerDay"')}, u."newPerDay"
   FROM user_settings u LEFT JOIN found_deck d ON true`;

/**
 * The whole queue read but the shown cards' text, in one statement (one round trip on PostgreSQL
 * where the deck and settings read before it made two): queueInputsSql's rows for the deck the
 * user may see by slug or id, and a deckSettings row (DECK_SETTINGS_ROW) with the user's settings.
 * The day bounds (readUntil, dayStart) are parameters: the caller works them out from the time
 * zone and day start hour it expects, and reads again with the right ones when the settings read
 * here are others (queue.ts). Unknown user: no rows; deck unknown or not visible: only the
 * deckSettings row, its deck null.
 */
export const queueReadSql = statement(
  "queue_read",
  ["userId", "deckRef", "readUntil", "now", "dayStart"],
  `WITH ${QUEUE_DECK_AND_SETTINGS("@userId", "@deckRef")}
   ${DECK_SETTINGS_ROW(
     (v) => `json_array(${v})`,
     (c) => c,
   )}
   UNION ALL
   ${SQLITE_QUEUE_INPUTS(READ_BINDS(SQLITE_BINDS))}`,
  `WITH ${QUEUE_DECK_AND_SETTINGS("$1", "$2")}
   ${DECK_SETTINGS_ROW(
     (v) => `json_build_array(${v})::text`,
     (c) => `${c}::float8`,
   )}
   UNION ALL
   ${PG_CANDIDATES_PACKED(READ_BINDS(PG_BINDS))}
   UNION ALL
   ${PG_TODAY_AND_NEW(READ_BINDS(PG_BINDS))}`,
);
