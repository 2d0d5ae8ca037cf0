import { describe, expect, it } from "vitest";
import { retryOnUniqueViolation } from "@/lib/db/unique-retry";

const unique = () => Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
const rawUnique = () =>
  Object.assign(new Error("raw"), {
    code: "P2010",
    meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } },
  });

/** A write that loses the race `losses` times, then succeeds; counts its calls. */
function racingWrite(losses: number, lose: () => Error = unique) {
  let calls = 0;
  const write = async () => {
    calls++;
    if (calls <= losses) throw lose();
    return `won on call ${calls}`;
  };
  return { write, calls: () => calls };
}

describe("retryOnUniqueViolation", () => {
  it("tries again after a unique violation, from the ORM or raw SQL", async () => {
    const orm = racingWrite(2);
    await expect(retryOnUniqueViolation(3, orm.write)).resolves.toBe("won on call 3");
    const raw = racingWrite(1, rawUnique);
    await expect(retryOnUniqueViolation(3, raw.write)).resolves.toBe("won on call 2");
  });

  it("stops after the given attempts, with the last violation or the exhausted error", async () => {
    const lost = racingWrite(10);
    await expect(retryOnUniqueViolation(3, lost.write)).rejects.toMatchObject({ code: "P2002" });
    expect(lost.calls()).toBe(3);
    const drawn = racingWrite(10);
    const noFreeCode = () => new Error("no free code");
    await expect(retryOnUniqueViolation(5, drawn.write, noFreeCode)).rejects.toThrow("no free code");
    expect(drawn.calls()).toBe(5);
  });

  it("throws any other error at once", async () => {
    const other = racingWrite(1, () => Object.assign(new Error("foreign key"), { code: "P2003" }));
    await expect(retryOnUniqueViolation(3, other.write)).rejects.toThrow("foreign key");
    expect(other.calls()).toBe(1);
  });
});
