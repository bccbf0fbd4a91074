import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processLine } from "../../src/cli/parse";

const FIELDS = [
  "intent",
  "direction",
  "amount",
  "currency",
  "account",
  "counterparty",
  "method",
  "reference",
  "balance",
  "occurred_at",
  "institution",
  "category",
  "parser",
  "confidence",
  "state",
];

describe("smsledger-parse CLI", () => {
  it("writes exactly the documented fields", () => {
    const line = JSON.stringify({
      sender: "VM-HDFCBK-S",
      body: "Spent Rs.1,250.00 On HDFC Bank Card 5678 At AMAZON On 2026-11-12:14:22:05 Not You?",
      received_at: "2026-11-12T15:00:00+05:30",
    });
    const out = JSON.parse(processLine(line)) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(FIELDS);
    expect(out).toMatchObject({
      intent: "transaction",
      amount: "1250.00",
      account: "5678",
      occurred_at: "2026-11-12T14:22:05+05:30",
    });
  });

  it("reads received_at without an offset in the time zone, and epoch numbers as instants", () => {
    const at = (received_at: unknown, tz?: string) =>
      (
        JSON.parse(
          processLine(JSON.stringify({ sender: "VM-HDFCBK-S", body: "Your statement is ready", received_at }), tz),
        ) as Record<string, unknown>
      ).occurred_at;
    expect(at("2026-11-12 10:00:00")).toBe("2026-11-12T10:00:00+05:30");
    expect(at("2026-11-12T10:00")).toBe("2026-11-12T10:00:00+05:30");
    expect(at("2026-11-12")).toBe("2026-11-12T00:00:00+05:30");
    expect(at("2026-11-12T10:00:00Z")).toBe("2026-11-12T15:30:00+05:30");
    expect(at(1794470400)).toBe("2026-11-12T13:30:00+05:30");
    expect(at(1794470400000)).toBe("2026-11-12T13:30:00+05:30");
    expect(at("2026-13-12 10:00:00")).toBeNull();
  });

  it("prints each line's state from stateOf, the consumer's function", () => {
    const state = (sender: string, body: string) =>
      (
        JSON.parse(processLine(JSON.stringify({ sender, body, received_at: "2026-11-12T10:00:00+05:30" }))) as Record<
          string,
          unknown
        >
      ).state;
    expect(state("VM-HDFCBK-S", "Spent Rs.1,250.00 On HDFC Bank Card 5678 At AMAZON On 2026-11-12:14:22:05")).toBe(
      "parsed",
    );
    expect(state("VM-HDFCBK-T", "345612 is OTP for txn of INR 4,999.00")).toBe("not_financial");
    expect(state("JK-FRIEND", "see you at 7 near the station")).toBe("not_financial");
    // Money with a movement cue that is not read: review, never dropped.
    expect(state("VM-NEWBNK-S", "Ac ending 4471 obciazono kwota EUR 1.250,00 (debit)")).toBe("needs_review");
    // An INR bank alert from a personal number is never a confident transaction.
    expect(state("+919812345678", "Rs.50,000.00 credited to your A/c XX4411 on 12-11-26 by NEFT - HDFC Bank")).toBe(
      "needs_review",
    );
    expect(state("VM-RUMMYC", "Rs.15,OOO can be credited to your Rummy A/C. Claim your joining bonus now")).toBe(
      "not_financial",
    );
    const bad = JSON.parse(processLine("{not json")) as Record<string, unknown>;
    expect(bad.state).toBeNull();
  });

  it("keeps line alignment with an error record for malformed lines", () => {
    const out = JSON.parse(processLine("{not json")) as Record<string, unknown>;
    expect(out.error).toBeTypeOf("string");
    expect(out.intent).toBeNull();
  });

  it("runs end to end through the bin script", () => {
    const bin = join(import.meta.dirname, "..", "..", "bin", "smsledger-parse.mjs");
    const input = [
      JSON.stringify({
        sender: "AX-SBIUPI-T",
        body: "Dear UPI user A/C X1234 debited by 500.0 on date 12Nov26 trf to SWIGGY Refno 431234567890.",
        received_at: "2026-11-12T10:00:00+05:30",
      }),
      "garbage",
      JSON.stringify({
        sender: "VM-HDFCBK-T",
        body: "345612 is OTP for txn of INR 4,999.00",
        received_at: "2026-11-12T10:00:00+05:30",
      }),
    ].join("\n");
    const res = spawnSync(process.execPath, [bin], { input, encoding: "utf8" });
    expect(res.status).toBe(0);
    const lines = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ intent: "transaction", amount: "500.00", counterparty: "SWIGGY" });
    expect(lines[1]?.error).toBeTypeOf("string");
    expect(lines[2]).toMatchObject({ intent: "otp" });
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help.stdout).toContain("smsledger-parse");
    expect(help.stdout).toContain("needs_review");
  }, 30_000); // two cold node + tsx starts; slow on a loaded machine
});
