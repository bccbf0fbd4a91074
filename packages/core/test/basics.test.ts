import { describe, expect, it } from "vitest";
import {
  apiKeyFrom,
  chunkByBytes,
  chunkByCount,
  formatMinor,
  newApiKey,
  parseDecimalToMinor,
  sha256Hex,
  smsId,
} from "../src/index";

describe("money", () => {
  it("formats minor units as decimal strings", () => {
    expect(formatMinor(125000)).toBe("1250.00");
    expect(formatMinor(5)).toBe("0.05");
    expect(formatMinor(-1999)).toBe("-19.99");
    expect(formatMinor(700, 0)).toBe("700");
  });
  it("parses decimal strings to minor units without floats", () => {
    expect(parseDecimalToMinor("1500")).toBe(150000);
    expect(parseDecimalToMinor("0.1")).toBe(10);
    expect(parseDecimalToMinor("19.99")).toBe(1999);
    expect(parseDecimalToMinor("1.234")).toBeNull();
    expect(parseDecimalToMinor("1,000")).toBeNull();
  });
});

describe("chunking", () => {
  it("splits by count", () => {
    expect(chunkByCount([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
  it("splits by count and bytes", () => {
    const chunks = chunkByBytes([50, 50, 50, 200, 10], 10, 120, (n) => n);
    expect(chunks).toEqual([[50, 50], [50], [200], [10]]);
    expect(chunkByBytes([1, 1, 1], 2, 100, (n) => n)).toEqual([[1, 1], [1]]);
  });
});

describe("ids", () => {
  const sms = { sender: "VM-HDFCBK-S", body: "Rs 10 debited", received_at: "2026-11-12T10:00:00+05:30" };
  it("uses the client id when given", async () => {
    expect(await smsId("u1", { ...sms, id: "abc" })).toBe("abc");
  });
  it("hashes user, sender, body and the received instant", async () => {
    const a = await smsId("u1", sms);
    expect(a).toMatch(/^sms_[0-9a-f]{32}$/);
    expect(await smsId("u1", { ...sms, received_at: "2026-11-12T04:30:00Z" })).toBe(a);
    expect(await smsId("u2", sms)).not.toBe(a);
    expect(await smsId("u1", { ...sms, body: "Rs 11 debited" })).not.toBe(a);
  });
  it("stores API keys only as hashes", async () => {
    const key = await newApiKey();
    expect(key.key).toMatch(/^sl_[A-Za-z0-9]{40}$/);
    expect(key.hash).toBe(await sha256Hex(key.key));
    expect((await apiKeyFrom(key.key)).hash).toBe(key.hash);
  });
});
