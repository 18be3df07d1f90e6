import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EXCEEDED_MESSAGE, createEmulator } from "../../emulator";

// SHA-256 / MD5 digests, plain base64, a CSV with quotes, three date patterns and the blob basics are in services.test.ts.
const signed = (buf: Buffer) => [...buf].map((b) => (b > 127 ? b - 256 : b));
const start = Date.parse("2025-06-01T09:00:00Z");

describe("Utilities digests and signatures (developers.google.com/apps-script/reference/utilities/utilities)", () => {
  it("computes MD2, which node's crypto lacks, as RFC 1319's test vectors give it", () => {
    const { Utilities } = createEmulator().globals;
    const hex = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 0xff)).toString("hex");
    expect(hex(Utilities.computeDigest(Utilities.DigestAlgorithm.MD2, ""))).toBe("8350e5a3e24c153df2275c9f80692773");
    expect(hex(Utilities.computeDigest(Utilities.DigestAlgorithm.MD2, "message digest"))).toBe("ab4f496bfb2a530b219ff33031fe06b0");
    expect(hex(Utilities.computeDigest(Utilities.DigestAlgorithm.MD2, "1234567890".repeat(8)))).toBe("d5976f79d83d3a0dc9806c3c66f3efd8");
  });

  it.each([
    ["SHA_1", "sha1"],
    ["SHA_384", "sha384"],
    ["SHA_512", "sha512"],
  ] as const)("computes %s as Java's signed bytes", (name, node) => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm[name], "plan")).toEqual(signed(createHash(node).update("plan").digest()));
  });

  it("digests bytes given as a signed byte array the same as the text they encode", () => {
    const { Utilities } = createEmulator().globals;
    const bytes = Utilities.base64Decode(Utilities.base64Encode("é"));
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, bytes)).toEqual(
      Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "é"),
    );
  });

  it("refuses an unknown algorithm", () => {
    const { Utilities } = createEmulator().globals;
    expect(() => Utilities.computeDigest("CRC32", "x")).toThrow("Invalid argument: algorithm");
  });

  it("signs with HMAC like node's crypto", () => {
    const { Utilities } = createEmulator().globals;
    const expected = signed(createHmac("sha256", "key").update("value").digest());
    expect(Utilities.computeHmacSha256Signature("value", "key")).toEqual(expected);
    expect(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_256, "value", "key")).toEqual(expected);
    expect(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_512, "value", "key")).toEqual(
      signed(createHmac("sha512", "key").update("value").digest()),
    );
  });
});

describe("Utilities encodings", () => {
  it("decodes web-safe base64, keeping the '=' padding when encoding", () => {
    const { Utilities } = createEmulator().globals;
    const encoded = Utilities.base64EncodeWebSafe([-5, -1]);
    expect(encoded).toBe("-_8=");
    expect(Utilities.base64DecodeWebSafe(encoded)).toEqual([-5, -1]);
  });

  it("encodes text in US-ASCII when asked", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.base64Encode("plan", Utilities.Charset.US_ASCII)).toBe("cGxhbg==");
  });

  it("parses CSV with CRLF line ends, empty fields, a quoted line break and another delimiter", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.parseCsv('a,,c\r\n"line\nbreak",x\r\n')).toEqual([
      ["a", "", "c"],
      ["line\nbreak", "x"],
    ]);
    expect(Utilities.parseCsv("a\tb", "\t")).toEqual([["a", "b"]]);
  });

  it("round-trips JSON", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.jsonParse(Utilities.jsonStringify({ a: [1, "x"] }))).toEqual({ a: [1, "x"] });
  });
});

describe("Utilities.formatDate (Java SimpleDateFormat patterns)", () => {
  const d = new Date(Date.UTC(2025, 0, 5, 0, 7, 3, 45));

  it("formats months and days by name, 12-hour clocks, milliseconds, ISO offsets and quoted text", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.formatDate(d, "UTC", "EEEE d MMMM yyyy, hh:mm:ss.SSS a")).toBe("Sunday 5 January 2025, 12:07:03.045 AM");
    expect(Utilities.formatDate(d, "UTC", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2025-01-05T00:07:03Z");
    expect(Utilities.formatDate(d, "Asia/Kolkata", "HH:mm XXX")).toBe("05:37 +05:30");
    expect(Utilities.formatDate(d, "UTC", "'o''clock' u")).toBe("o'clock 7");
  });

  it("refuses what is not a Date with Apps Script's message", () => {
    const { Utilities } = createEmulator().globals;
    expect(() => Utilities.formatDate("2025-01-05" as unknown as Date, "UTC", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  it("refuses a letter SimpleDateFormat does not know, as Java does", () => {
    const { Utilities } = createEmulator().globals;
    expect(() => Utilities.formatDate(d, "UTC", "yyyy q")).toThrow("Illegal pattern character 'q'");
  });
});

describe("Utilities.getUuid", () => {
  it("is unique within a world and the same in a replayed one", () => {
    const first = createEmulator().globals.Utilities;
    const ids = [first.getUuid(), first.getUuid(), first.getUuid()];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const replay = createEmulator().globals.Utilities;
    expect([replay.getUuid(), replay.getUuid(), replay.getUuid()]).toEqual(ids);
  });

  it("continues its sequence after a saved state, without shifting other ids", () => {
    const emu = createEmulator();
    emu.globals.Utilities.getUuid();
    const next = createEmulator({ state: emu.saveState() }).globals.Utilities.getUuid();
    const fresh = createEmulator().globals.Utilities;
    fresh.getUuid();
    expect(next).toBe(fresh.getUuid());
    expect(createEmulator({ state: emu.saveState() }).globals.SpreadsheetApp.getActive().getId()).toBe(
      createEmulator().globals.SpreadsheetApp.getActive().getId(),
    );
  });
});

describe("Utilities.sleep", () => {
  it("moves the emulator clock by exactly the time asked, records it, and does not wait", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    emu.globals.Utilities.sleep(250_000);
    expect([emu.clock.now().getTime() - start, emu.clock.sleptMs()]).toEqual([250_000, 250_000]);
    expect(emu.events).toEqual([{ type: "sleep", ms: 250_000, at: start + 250_000 }]);
  });

  it("refuses more than 300,000 ms, the reference's maximum, moving no clock", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    expect(() => emu.globals.Utilities.sleep(300_001)).toThrow(
      "Utilities.sleep: the maximum allowed value is 300000 milliseconds (5 minutes).",
    );
    emu.globals.Utilities.sleep(300_000);
    expect(emu.clock.sleptMs()).toBe(300_000);
  });

  it("counts against the 6-minute budget of a sidebar call", () => {
    const emu = createEmulator();
    expect(() =>
      emu.runAs("sidebar", () => {
        emu.globals.Utilities.sleep(300_000);
        emu.globals.Utilities.sleep(60_001);
      }),
    ).toThrow(EXCEEDED_MESSAGE);
  });
});

describe("Blob (developers.google.com/apps-script/reference/base/blob)", () => {
  it("changes its bytes, type and name, and copies are independent", () => {
    const { Utilities } = createEmulator().globals;
    const blob = Utilities.newBlob("a", "text/plain", "a.txt");
    const copy = blob.copyBlob();
    blob.setDataFromString("b").setContentType("text/csv").setName("b.csv");
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(["b", "text/csv", "b.csv"]);
    expect([copy.getDataAsString(), copy.getName()]).toEqual(["a", "a.txt"]);
    expect(blob.setBytes([104, 105]).getDataAsString()).toBe("hi");
  });

  it("relabels content with getAs: no conversion happens", () => {
    const { Utilities } = createEmulator().globals;
    const pdf = Utilities.newBlob("<p>x</p>", "text/html", "x").getAs("application/pdf");
    expect([pdf.getContentType(), pdf.getDataAsString(), pdf.isGoogleType()]).toEqual(["application/pdf", "<p>x</p>", false]);
  });

  it("has no type or name unless given", () => {
    const { Utilities } = createEmulator().globals;
    const blob = Utilities.newBlob([1, 2]);
    expect([blob.getContentType(), blob.getName(), blob.getBytes()]).toEqual([null, null, [1, 2]]);
  });
});
