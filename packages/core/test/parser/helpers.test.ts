import { describe, expect, it } from "vitest";
import { findAccount } from "../../src/parser/account";
import { pickAmounts, scanAmounts, toMinor } from "../../src/parser/amount";
import { findDateTime, localToIso, occurredAt } from "../../src/parser/date";
import { classify } from "../../src/parser/intent";
import { parseSms } from "../../src/parser/index";
import { keywordScanner } from "../../src/parser/keywords";
import { findReference } from "../../src/parser/reference";
import { institutionFromBody, institutionFromSender, senderEntity } from "../../src/parser/sender";

describe("amount", () => {
  it.each([
    ["Rs.1,00,000.50 debited", 10000050],
    ["INR 2,50,000 credited", 25000000],
    ["₹ 499 paid", 49900],
    ["Rs 500/- debited", 50000],
    ["Rs.75.5 spent", 7550],
    ["Ksh1,250.00 sent", 125000],
    ["USD 1,234,567.89 spent", 123456789],
    ["रु.500.00 डेबिट", 50000],
    ["Rs 1.5 lakh credited", 15000000],
    ["INR 2 crore credited", 2000000000],
    ["Bal:Rs.22,110.00CR.", 2211000],
  ])("%s", (text, minor) => {
    expect(scanAmounts(text.toLowerCase())[0]?.minor).toBe(minor);
  });

  it("never takes the balance as the amount", () => {
    const hits = scanAmounts("avl bal rs 12,000.50. rs 500.00 debited from a/c xx1234");
    const pick = pickAmounts(hits, "INR", false);
    expect(pick.amount?.minor).toBe(50000);
    expect(pick.balance?.minor).toBe(1200050);
  });

  it("prefers the INR amount charged over the foreign amount", () => {
    const pick = pickAmounts(scanAmounts("spent usd 19.99 (inr 1,712.45) on card 5678"), "INR", false);
    expect(pick.amount).toMatchObject({ minor: 171245, currency: "INR" });
  });

  it("treats fees and costs separately", () => {
    const pick = pickAmounts(scanAmounts("ksh100.00 sent. transaction cost, ksh7.00."), "KES", false);
    expect(pick.amount?.minor).toBe(10000);
  });

  it("uses a fee as the amount only when the text says it was taken", () => {
    expect(
      pickAmounts(scanAmounts("min balance charges of rs.300 debited from a/c xx1234"), "INR", false).amount?.minor,
    ).toBe(30000);
    expect(pickAmounts(scanAmounts("you sent 500 to x. charges rs 5 applicable."), "INR", false).amount).toBeNull();
    expect(pickAmounts(scanAmounts("sent 1,250.00 to x. transaction cost, ksh13.00."), "KES", false).amount).toBeNull();
  });

  it("rejects absurd digit strings", () => {
    expect(toMinor("99999999999999999", undefined)).toBeNull();
    expect(toMinor("1,234", "5")).toBe(123450);
  });
});

describe("date", () => {
  it.each([
    ["on 12-11-26", "2026-11-12T00:00:00+05:30"],
    ["on 12Nov26 at 14:22", "2026-11-12T14:22:00+05:30"],
    ["on 12-NOV-2026 09:05", "2026-11-12T09:05:00+05:30"],
    ["On 2026-11-12:14:22:05 Not", "2026-11-12T14:22:05+05:30"],
    ["on Nov 12, 2026 at 2:15 PM", "2026-11-12T14:15:00+05:30"],
    ["on 12/11/2026 14:22", "2026-11-12T14:22:00+05:30"],
    ["on 12 November 2026 at 08:15 PM IST", "2026-11-12T20:15:00+05:30"],
  ])("%s", (text, iso) => {
    const t = findDateTime(text.toLowerCase(), 2026);
    expect(t && localToIso(t, "Asia/Kolkata")).toBe(iso);
  });

  it("keeps received_at's time for a same-day date without time", () => {
    expect(occurredAt("debited on 12-11-26.", "2026-11-12T10:00:00+05:30", "Asia/Kolkata")).toBe(
      "2026-11-12T10:00:00+05:30",
    );
    expect(occurredAt("debited on 11-11-26.", "2026-11-12T10:00:00+05:30", "Asia/Kolkata")).toBe(
      "2026-11-11T00:00:00+05:30",
    );
  });

  it("falls back to received_at, or null when it is invalid", () => {
    expect(occurredAt("no date here", "2026-11-12T04:30:00Z", "Asia/Kolkata")).toBe("2026-11-12T10:00:00+05:30");
    expect(occurredAt("no date here", "not a date", "Asia/Kolkata")).toBeNull();
  });

  it("handles DST zones through Intl", () => {
    expect(localToIso({ y: 2026, mo: 7, d: 1, h: 9, mi: 0, s: 0, hasTime: true }, "America/New_York")).toBe(
      "2026-07-01T09:00:00-04:00",
    );
    expect(localToIso({ y: 2026, mo: 12, d: 1, h: 9, mi: 0, s: 0, hasTime: true }, "America/New_York")).toBe(
      "2026-12-01T09:00:00-05:00",
    );
  });

  it("rejects impossible dates", () => {
    expect(findDateTime("on 31-02-26", 2026)).toBeNull();
  });
});

describe("occurred_at policy", () => {
  it("uses received_at, not the printed due date, for reminders", () => {
    const r = parseSms({
      sender: "VM-HDFCBK-S",
      body: "EMI of Rs.5,000 is due on 05-12-26.",
      received_at: "2026-11-12T10:00:00+05:30",
    });
    expect(r.intent).toBe("bill_due");
    expect(r.occurred_at).toBe("2026-11-12T10:00:00+05:30");
  });

  it("honours options.timeZone and converts received_at into it", () => {
    const r = parseSms(
      { sender: "X", body: "Rs 5 debited from A/c XX1234", received_at: "2026-11-12T04:30:00Z" },
      { timeZone: "Asia/Dubai" },
    );
    expect(r.occurred_at).toBe("2026-11-12T08:30:00+04:00");
  });
});

describe("account", () => {
  it.each([
    ["A/c XX1234 debited", "1234", "bank"],
    ["From HDFC Bank A/C *1234", "1234", "bank"],
    ["a/c no. XXXXXXXX5678 credited", "5678", "bank"],
    ["SBI Credit Card ending 4321 at", "4321", "card"],
    ["AMEX card ** 71005 at", "71005", "card"],
    ["A/c X1234-credited", "1234", "bank"],
    ["IndusInd A/C 20XXXXX4521 is", "4521", "bank"],
    ["Loan A/c XXXX7821", "7821", "loan"],
    ["आपके खाते XX1234 से", "1234", "bank"],
  ])("%s", (text, tail, kind) => {
    expect(findAccount(text.toLowerCase())).toMatchObject({ tail, kind });
  });
});

describe("sender", () => {
  it.each([
    ["VM-HDFCBK-S", "HDFC Bank"],
    ["AX-SBIUPI-T", "State Bank of India"],
    ["JD-ICICIT", "ICICI Bank"],
    ["BZ-KOTAKB", "Kotak Mahindra Bank"],
    ["VM-SBICRD-S", "SBI Card"],
    ["MPESA", "M-PESA"],
    ["JD-HDFCXY-S", "HDFC Bank"],
  ])("%s", (sender, name) => {
    expect(institutionFromSender(sender)?.name).toBe(name);
  });

  it("parses the DLT entity", () => {
    expect(senderEntity("vm-hdfcbk-s")).toBe("HDFCBK");
    expect(institutionFromSender("+919876543210")).toBeNull();
    expect(institutionFromBody("Rs 5 debited - Union Bank of India")?.name).toBe("Union Bank of India");
  });
});

describe("intent", () => {
  it.each([
    ["Rs 500 debited from A/c XX1234. Never share OTP with anyone.", "transaction"],
    ["123456 is OTP for txn of Rs 500 at AMAZON", "otp"],
    ["Rs 500 will be debited from A/c XX1234 on 05-12-26", "scheduled"],
    ["EMI of Rs 5,000 is due on 05-12-26", "bill_due"],
    ["john@ybl has requested Rs 200 from you", "payment_request"],
    ["Txn of Rs 900 declined", "declined"],
    ["UPI txn of Rs 900 failed", "failed"],
    ["Refund of Rs 90 credited to A/c XX1234", "refund"],
    ["Get flat Rs 100 off. T&C apply", "promo"],
  ])("%s", (text, intent) => {
    expect(classify(text.toLowerCase(), /xx\d/i.test(text)).intent).toBe(intent);
  });
});

describe("keywordScanner", () => {
  const k = keywordScanner([["ach", "nach"], ["*card"], ["penal*"]]);
  it("checks word boundaries unless marked", () => {
    expect(k.scan("reach each")).toBe(0);
    expect(k.scan("ecs/ach debit")).toBe(1);
    expect(k.scan("bobcard xx1")).toBe(2);
    expect(k.scan("penalty charges")).toBe(4);
    expect(k.scan("cards")).toBe(0);
  });
});

describe("reference", () => {
  it.each([
    ["UPI Ref No 431234567890.", "431234567890"],
    ["UPI:431234567892. Call", "431234567892"],
    ["UPI/P2M/431234567894/SWIGGY", "431234567894"],
    ["Refno 431234567890. If", "431234567890"],
    ["UTR SBIN426315123456. Avl", "SBIN426315123456"],
    ["QK12AB34CD Confirmed. Ksh1", "QK12AB34CD"],
  ])("%s", (text, ref) => {
    expect(findReference(text)).toBe(ref);
  });
});
