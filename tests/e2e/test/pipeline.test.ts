import { describe, expect, it } from "vitest";
import { api, newUser as createUser, rowsEverywhere, until } from "./helpers";

const newUser = async (name: string) => (await createUser(name)).key;

const messages = [
  {
    sender: "VM-HDFCBK-S",
    body: "Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432). Not you? Call 18002586161 - HDFC Bank",
    received_at: "2026-11-12T10:00:00+05:30",
  },
  {
    sender: "AD-ICICIB-S",
    body: "ICICI Bank Acct XX7788 credited with Rs 45,000.00 on 12-Nov-26 by NEFT from ACME PAYROLL. Avl Bal Rs 61,210.55.",
    received_at: "2026-11-12T11:00:00+05:30",
  },
  {
    sender: "VM-SBIOTP-S",
    body: "482913 is your OTP for a transaction of Rs 2,000.00 at AMAZON. Valid for 5 mins. Do not share it with anyone - SBI",
    received_at: "2026-11-12T12:00:00+05:30",
  },
];

type Page = {
  items: { amount: string; direction: string; currency: string; account: string | null; sms_id: string }[];
  next_cursor: string | null;
};

describe("HTTP -> queue -> consumer -> D1 -> ledger", () => {
  it("turns 2 bank alerts and 1 OTP into exactly 2 transactions, dedupes re-sends, and isolates users", async () => {
    const key = await newUser("demo");
    const post = () =>
      api("/v1/sms", key, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ messages }),
      });

    const first = await post();
    expect(first.status).toBe(202);
    const ingestion = (await first.json()) as { ingestion_id: string; accepted: number; duplicates: number };
    expect(ingestion).toMatchObject({ accepted: 3, duplicates: 0 });

    const page = await until(
      async () => (await (await api("/v1/transactions", key)).json()) as Page,
      (p) => p.items.length >= 2,
    );
    const rows = page.items.map((t) => [t.direction, t.amount, t.currency, t.account]);
    expect(rows.sort()).toEqual([
      ["credit", "45000.00", "INR", "7788"],
      ["debit", "1250.00", "INR", "4321"],
    ]);

    const otpId = (
      await until(
        async () =>
          await rowsEverywhere<{ id: string; state: string }>(
            "SELECT id, state FROM sms WHERE body LIKE '%OTP%' AND state != 'queued'",
          ),
        (rows) => rows.length > 0,
      )
    )[0] as { id: string; state: string };
    const otp = await api(`/v1/sms/${otpId.id}`, key);
    expect(await otp.json()).toMatchObject({ state: "not_financial", intent: "otp", transactions: [] });

    const again = await post();
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: 3 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const after = (await (await api("/v1/transactions", key)).json()) as Page;
    expect(after.items).toHaveLength(2);

    const other = await newUser("someone else");
    expect(await (await api("/v1/transactions", other)).json()).toEqual({ items: [], next_cursor: null });
    expect((await api(`/v1/sms/${page.items[0]?.sms_id}`, other)).status).toBe(404);
  });

  it("pages through the ledger newest first with a cursor", async () => {
    const key = await newUser("pager");
    const many = Array.from({ length: 7 }, (_, i) => ({
      sender: "VM-HDFCBK-S",
      body: `Rs.${100 + i}.00 debited from A/c XX4321 on 1${i}-11-26 to VPA shop${i}@okaxis (UPI Ref No 43129876${1000 + i}) - HDFC Bank`,
      received_at: `2026-11-1${i}T10:00:00+05:30`,
    }));
    await api("/v1/sms", key, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messages: many }),
    });
    await until(
      async () => (await (await api("/v1/transactions?limit=100", key)).json()) as Page,
      (p) => p.items.length === 7,
    );

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (
        await api(`/v1/transactions?limit=3${cursor ? `&cursor=${cursor}` : ""}`, key)
      ).json()) as Page;
      seen.push(...page.items.map((t) => t.amount));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(["106.00", "105.00", "104.00", "103.00", "102.00", "101.00", "100.00"]);
  });
});
