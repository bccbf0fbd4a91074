import { describe, expect, it } from "vitest";
import { detectFormat } from "../src/formats/index";
import { bodies, fixture, kinds, readAll } from "./read";

describe("SMS Import / Export (tmo1/sms-ie) NDJSON and JSON", () => {
  it("reads inbox messages, skips sent and MMS, rejects a line that is not JSON, reads our own format", async () => {
    const records = await readAll("sms-ie.ndjson");
    expect(kinds(records)).toEqual(["sms", "skip:sent", "skip:mms", "sms", "invalid", "sms"]);
    expect(records[0]).toMatchObject({ sms: { sender: "VM-KOTAKB-S", received_at: "2026-12-06T15:10:00.123+05:30" } });
    expect(bodies(records)[0]!.endsWith("🚀")).toBe(true);
    expect(bodies(records)[1]).toBe("Line one\nLine two: INR 99.00 credited");
    expect(records[4]).toMatchObject({ at: "line 6", reason: "(line): invalid JSON" });
    expect(records[5]).toMatchObject({ sms: { id: "mine-1", received_at: "2026-12-06T21:40:00.000+05:30" } });
  });

  it("reads the JSON array, with dates and types as strings or numbers", async () => {
    const records = await readAll("sms-ie.json");
    expect(kinds(records)).toEqual(["sms", "skip:sent", "sms"]);
    expect(records[2]).toMatchObject({ sms: { sender: "AX-IDFCFB-S", received_at: "2026-12-06T15:40:00.000+05:30" } });
  });
});

describe("CSV", () => {
  it("reads iMazing's export: quoted fields, doubled quotes, a body over two lines, Outgoing skipped", async () => {
    const records = await readAll("imazing.csv");
    expect(kinds(records)).toEqual(["sms", "skip:sent", "sms"]);
    expect(bodies(records)).toEqual([
      'Rs 4,310.50 debited from a/c XX2207, "UPI" ref 611203948577',
      "Line one\nLine two: INR 99.00 credited",
    ]);
    expect(records[0]).toMatchObject({ sms: { sender: "VM-KOTAKB-S", received_at: "2026-12-06T20:30:00.000+05:30" } });
  });

  it("reads Android provider columns with epoch milliseconds or seconds", async () => {
    const records = await readAll("android.csv");
    expect(kinds(records)).toEqual(["sms", "skip:sent", "sms"]);
    expect(records.map((r) => (r.kind === "sms" ? r.sms.received_at : null))).toEqual([
      "2026-12-06T15:10:00.123+05:30",
      null,
      "2026-12-06T15:40:00.000+05:30",
    ]);
  });

  it("refuses a CSV without body and date columns, naming them", async () => {
    await expect(readAll("contacts.csv")).rejects.toThrow(/CSV header lacks body .*date .*found: name, phone/);
  });
});

describe("format detection", () => {
  it("goes by extension, else by the first bytes", async () => {
    expect(await detectFormat(fixture("backup-quirks.xml"))).toBe("xml");
    expect(await detectFormat(fixture("sms-ie.ndjson"))).toBe("ndjson");
    expect(await detectFormat(fixture("imazing.csv"))).toBe("csv");
  });
});
