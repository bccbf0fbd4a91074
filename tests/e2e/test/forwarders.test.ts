import { describe, expect, it } from "vitest";
import { api, newUser, rowsEverywhere, until } from "./helpers";

/**
 * Each forwarder app's webhook, as the app sends it, through the whole local stack:
 * HTTP -> API -> Miniflare queue -> consumer -> D1 -> ledger.
 */
const payloads = {
  "sms-gate": {
    deviceId: "ffffffff9a1c2b3d0000018c",
    event: "sms:received",
    id: "Qx81mBv0cTj2LkR7aPz4E",
    webhookId: "wh-ledger-1",
    payload: {
      messageId: "d41e77",
      message:
        "Rs.2,340.00 debited from A/c XX9102 on 03-12-26 to VPA groceryhub@okaxis (UPI Ref No 612345098761). Not you? Call 18002586161 - HDFC Bank",
      phoneNumber: "VM-HDFCBK-S",
      simNumber: 1,
      receivedAt: "2026-12-03T09:15:42.000+05:30",
    },
  },
  "sms-to-url": {
    from: "AD-ICICIB-S",
    text: "ICICI Bank Acct XX5531 credited with Rs 18,250.00 on 04-Dec-26 by NEFT from NORTHWIND TRADERS. Avl Bal Rs 40,118.20.",
    sentStamp: 1796365800000,
    receivedStamp: 1796365803512,
    sim: "sim1",
  },
} as const;

const expected = {
  "sms-gate": { direction: "debit", amount: "2340.00", account: "9102" },
  "sms-to-url": { direction: "credit", amount: "18250.00", account: "5531" },
};

type Page = { items: { direction: string; amount: string; account: string | null; sms_id: string }[] };

describe("forwarder webhooks end to end", () => {
  for (const source of ["sms-gate", "sms-to-url"] as const) {
    it(`reads ${source}'s webhook into one transaction, and its retry into none`, async () => {
      const { key, userId } = await newUser(source);
      const send = () =>
        api("/v1/sms", key, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(payloads[source]),
        });
      const res = await send();
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ accepted: 1, duplicates: 0 });
      const page = await until(
        async () => (await (await api("/v1/transactions", key)).json()) as Page,
        (p) => p.items.length > 0,
      );
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject(expected[source]);
      expect(await (await send()).json()).toMatchObject({ accepted: 0, duplicates: 1 });
      const states = await rowsEverywhere<{ state: string }>("SELECT state FROM sms WHERE user_id = ?", userId);
      expect(states).toEqual([{ state: "parsed" }]);
    });
  }
});
