import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { inflateZipEntries } from "@/lib/import/zip";

const codeOf = (f: () => unknown) => {
  try {
    f();
    return "none";
  } catch (e) {
    return e instanceof AppError ? e.code : `crash: ${String(e)}`;
  }
};

/** Rewrites every declared uncompressed size in the central directory (a lying archive). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe("inflateZipEntries", () => {
  const zip = zipSync({
    "a.txt": strToU8("alpha ".repeat(1000)),
    "b/c.txt": strToU8("gamma"),
    stored: [strToU8("raw bytes"), { level: 0 }],
  });

  it("inflates every entry, stored or deflated", () => {
    const files = inflateZipEntries(zip, { maxEntries: 10, maxTotalBytes: 1 << 20 });
    expect(new TextDecoder().decode(files.get("a.txt"))).toBe("alpha ".repeat(1000));
    expect(new TextDecoder().decode(files.get("b/c.txt"))).toBe("gamma");
    expect(new TextDecoder().decode(files.get("stored"))).toBe("raw bytes");
  });

  it("inflates only the entries chosen by name", () => {
    const files = inflateZipEntries(zip, { maxEntries: 10, maxTotalBytes: 1 << 20, names: (n) => n === "b/c.txt" });
    expect([...files.keys()]).toEqual(["b/c.txt"]);
  });

  it("stops at the ceiling on bytes really inflated, even when the archive declares tiny sizes", {
    timeout: 20_000,
  }, () => {
    // 16 MB of zeros compresses to about 16 KB; the directory claims 10 bytes.
    const bomb = lieAboutSizes(zipSync({ "zeros.bin": new Uint8Array(16 * 1024 * 1024) }, { level: 9 }), 10);
    expect(bomb.length).toBeLessThan(50_000);
    const started = Date.now();
    expect(codeOf(() => inflateZipEntries(bomb, { maxEntries: 10, maxTotalBytes: 4 * 1024 * 1024 }))).toBe("too_large");
    expect(Date.now() - started).toBeLessThan(3_000);
    // Under a higher ceiling the same archive inflates in full: the count is of real bytes.
    expect(inflateZipEntries(bomb, { maxEntries: 10, maxTotalBytes: 17 * 1024 * 1024 }).get("zeros.bin")?.length).toBe(
      16 * 1024 * 1024,
    );
  });

  it("counts entries against the ceiling before inflating any", () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, strToU8("x")])));
    expect(codeOf(() => inflateZipEntries(many, { maxEntries: 20, maxTotalBytes: 1 << 20 }))).toBe("too_large");
  });

  it("refuses data that is not a zip, and a cut archive, as unreadable", () => {
    expect(codeOf(() => inflateZipEntries(strToU8("not a zip at all"), { maxEntries: 10, maxTotalBytes: 1000 }))).toBe(
      "invalid",
    );
    expect(
      codeOf(() => inflateZipEntries(zip.subarray(0, zip.length - 10), { maxEntries: 10, maxTotalBytes: 1 << 20 })),
    ).toBe("invalid");
  });
});
