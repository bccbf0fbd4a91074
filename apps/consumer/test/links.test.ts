import { describe, expect, it } from "vitest";
import { correctTransaction, deleteSms, summarise } from "@smsledger/db";
import { arrive, db, short, storedRows, txId, type Alert } from "./ledger-helpers";

const newUser = () => `u-${crypto.randomUUID()}`;

/** Every way two alerts can reach the consumer: either first, in one batch, or in two concurrent batches. */
const orders = <T>(a: T, b: T): [string, T[][], boolean][] => [
  ["a then b", [[a], [b]], false],
  ["b then a", [[b], [a]], false],
  ["same batch", [[a, b]], false],
  ["concurrent batches", [[a], [b]], true],
];

const permutations = <T>(list: T[]): T[][] =>
  list.length <= 1
    ? [list]
    : list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((p) => [x, ...p]));

describe("duplicate alerts of one payment", () => {
  const upi: Alert = {
    sms: "a-upi",
    sender: "AX-SBIUPI-S",
    direction: "debit",
    amount: 25000,
    account: "4321",
    reference: "431298765432",
    minute: 0,
  };
  const bank: Alert = {
    sms: "b-bank",
    sender: "VM-SBIINB-S",
    direction: "debit",
    amount: 25000,
    account: "4321",
    reference: "431298765432",
    minute: 1,
  };
  const noRef: Alert = { ...bank, sms: "b-noref", reference: null };

  for (const [name, batches, concurrently] of orders(upi, bank)) {
    it(`merge on the same reference (${name})`, async () => {
      const user = newUser();
      await arrive(user, batches, concurrently);
      const r = await storedRows(user);
      expect(r.get("a-upi")?.duplicateOf).toBeNull();
      expect(short(r.get("b-bank")?.duplicateOf ?? null)).toBe("a-upi");
    });
  }
  for (const [name, batches, concurrently] of orders(noRef, upi)) {
    it(`merge on amount, account and time when one has no reference; the referenced one is the main row (${name})`, async () => {
      const user = newUser();
      await arrive(user, batches, concurrently);
      expect(short((await storedRows(user)).get("b-noref")?.duplicateOf ?? null)).toBe("a-upi");
    });
  }
  it("never merge two payments with different references", async () => {
    const user = newUser();
    await arrive(user, [[upi, { ...bank, reference: "431298765999" }]]);
    expect([...(await storedRows(user)).values()].map((r) => r.duplicateOf)).toEqual([null, null]);
  });
  it("never merge two same-amount payments from the same sender, or far apart in time, or without accounts", async () => {
    const user = newUser();
    await arrive(user, [
      [
        { ...upi, reference: null },
        { ...upi, sms: "again", reference: null, minute: 3 },
        { ...noRef, sms: "late", minute: 45 },
        { ...upi, sms: "no-acct-1", reference: null, account: null, amount: 777 },
        { ...bank, sms: "no-acct-2", reference: null, account: null, amount: 777 },
      ],
    ]);
    expect([...(await storedRows(user)).values()].every((r) => r.duplicateOf === null)).toBe(true);
  });
});

describe("bridging: an alert without a reference matching two references", () => {
  const base = { direction: "debit" as const, amount: 99900, account: "4321" };
  const r1: Alert = { ...base, sms: "s0", sender: "VM-HDFCBK-S", reference: "R1", minute: 0 };
  const bridge: Alert = { ...base, sms: "s1", sender: "AX-SBIUPI-S", reference: null, minute: 1 };
  const r2: Alert = { ...base, sms: "s2", sender: "VM-HDFCBK-S", reference: "R2", minute: 2 };
  const r2Far: Alert = { ...r2, minute: 60 };

  for (const order of permutations([r1, bridge, r2])) {
    const name = order.map((a) => a.reference ?? "none").join(", ");
    for (const [mode, batches, concurrently] of [
      ["one per batch", order.map((a) => [a]), false],
      ["one batch", [order], false],
      ["concurrent batches", order.map((a) => [a]), true],
    ] as const) {
      it(`never joins R1 and R2; the bridge stands alone (${name}; ${mode})`, async () => {
        const user = newUser();
        await arrive(user, batches as Alert[][], concurrently);
        expect([...(await storedRows(user)).values()].map((r) => r.duplicateOf)).toEqual([null, null, null]);
      });
    }
  }
  for (const order of permutations([r1, bridge, r2Far])) {
    it(`mirror image: the bridge joins the one reference in its window (${order.map((a) => a.sms).join(", ")})`, async () => {
      const user = newUser();
      await arrive(
        user,
        order.map((a) => [a]),
        true,
      );
      const r = await storedRows(user);
      expect(short(r.get("s1")?.duplicateOf ?? null)).toBe("s0");
      expect(r.get("s2")?.duplicateOf).toBeNull();
    });
  }
});

describe("own-account transfers", () => {
  const billPaid: Alert = {
    sms: "t-debit",
    sender: "VM-HDFCBK-S",
    direction: "debit",
    amount: 1500000,
    account: "4321",
    counterparty: "HDFC CREDIT CARD",
    minute: 0,
  };
  const cardCredit: Alert = {
    sms: "t-card",
    sender: "VM-HDFCCC-S",
    direction: "credit",
    amount: 1500000,
    account: "9012",
    accountKind: "card",
    minute: 90,
  };
  for (const [name, batches, concurrently] of orders(billPaid, cardCredit)) {
    it(`link a card bill payment to the payment received on the card (${name})`, async () => {
      const user = newUser();
      await arrive(user, batches, concurrently);
      const r = await storedRows(user);
      expect(r.get("t-debit")).toMatchObject({ linkKind: "transfer", counterpartId: txId(user, "t-card") });
      expect(r.get("t-card")).toMatchObject({ linkKind: "transfer", counterpartId: txId(user, "t-debit") });
    });
  }
  it("relinks both legs to the new main row when a better alert of one leg arrives", async () => {
    const user = newUser();
    const upiLeg: Alert = { ...billPaid, sms: "t-upi", sender: "AX-HDFCUPI-S", reference: "REF9", minute: 1 };
    await arrive(user, [[billPaid], [cardCredit], [upiLeg]]);
    const r = await storedRows(user);
    expect(short(r.get("t-debit")?.duplicateOf ?? null)).toBe("t-upi");
    expect(r.get("t-debit")).toMatchObject({ linkKind: null, counterpartId: null });
    expect(r.get("t-upi")).toMatchObject({ linkKind: "transfer", counterpartId: txId(user, "t-card") });
    expect(r.get("t-card")).toMatchObject({ linkKind: "transfer", counterpartId: txId(user, "t-upi") });
  });
  it("do not link a salary credit to an equal rent debit", async () => {
    const user = newUser();
    await arrive(user, [
      [
        {
          sms: "salary",
          sender: "VM-ICICIB-S",
          direction: "credit",
          amount: 3000000,
          account: "7788",
          counterparty: "ACME PAYROLL",
          category: "salary",
          minute: 0,
        },
        {
          sms: "rent",
          sender: "VM-HDFCBK-S",
          direction: "debit",
          amount: 3000000,
          account: "4321",
          counterparty: "LANDLORD",
          category: "rent",
          minute: 60,
        },
      ],
    ]);
    expect([...(await storedRows(user)).values()].every((r) => r.linkKind === null)).toBe(true);
  });
});

describe("refunds and reversals", () => {
  const spend: Alert = {
    sms: "r-debit",
    sender: "VM-HDFCBK-S",
    direction: "debit",
    amount: 129900,
    account: "4321",
    counterparty: "AMAZON",
    reference: "ORD-77",
    minute: 0,
  };
  const refund: Alert = {
    sms: "r-refund",
    sender: "VM-HDFCBK-S",
    direction: "credit",
    amount: 129900,
    account: "4321",
    counterparty: "AMAZON",
    reference: "ORD-77",
    intent: "refund",
    minute: 2880,
  };
  for (const [name, batches, concurrently] of orders(spend, refund)) {
    it(`link a refund to its original debit (${name})`, async () => {
      const user = newUser();
      await arrive(user, batches, concurrently);
      const r = await storedRows(user);
      expect(r.get("r-refund")).toMatchObject({ linkKind: "reversal", counterpartId: txId(user, "r-debit") });
    });
  }
  it("relinks a refund to the group's new main row (by merchant, across the amount index)", async () => {
    const user = newUser();
    const partial: Alert = { ...refund, reference: null, amount: 50000 };
    const earlierAlert: Alert = { ...spend, sms: "r-upi", sender: "AX-HDFCUPI-S", minute: -1 };
    await arrive(user, [[spend], [partial], [earlierAlert]]);
    const r = await storedRows(user);
    expect(short(r.get("r-debit")?.duplicateOf ?? null)).toBe("r-upi");
    expect(r.get("r-refund")).toMatchObject({ linkKind: "reversal", counterpartId: txId(user, "r-upi") });
  });
});

describe("regrouping reads by time, not by amount or merchant index (docs/decisions.md, cost20)", () => {
  const purchase: Alert = {
    sms: "m-debit",
    sender: "VM-ICICIB-S",
    direction: "debit",
    amount: 349900,
    account: "7788",
    counterparty: "Croma Retail",
    minute: 0,
  };
  // A partial refund without a reference, 40 days later, at the same merchant in another case.
  const laterRefund: Alert = {
    sms: "m-refund",
    sender: "VM-ICICIB-S",
    direction: "credit",
    amount: 120000,
    account: "7788",
    counterparty: "CROMA RETAIL",
    intent: "refund",
    minute: 40 * 24 * 60,
  };
  for (const [name, batches, concurrently] of orders(purchase, laterRefund)) {
    it(`links a refund to a debit of the same merchant 40 days earlier, any amount (${name})`, async () => {
      const user = newUser();
      await arrive(user, batches, concurrently);
      const r = await storedRows(user);
      expect(r.get("m-refund")).toMatchObject({ linkKind: "reversal", counterpartId: txId(user, "m-debit") });
    });
  }
  it("does not link a refund from another merchant, or one past the 120-day reversal window", async () => {
    const user = newUser();
    const otherShop: Alert = { ...laterRefund, sms: "m-other", counterparty: "Reliance Digital" };
    const tooLate: Alert = { ...laterRefund, sms: "m-late", minute: 121 * 24 * 60 };
    await arrive(user, [[purchase], [otherShop], [tooLate]]);
    const r = await storedRows(user);
    expect(r.get("m-other")?.linkKind).toBeNull();
    expect(r.get("m-late")?.linkKind).toBeNull();
  });
  it("merges a second alert of the same amount within minutes, not one of another amount or four days later", async () => {
    const user = newUser();
    const sms: Alert = { ...purchase, sms: "m-sms", counterparty: null };
    const card: Alert = { ...purchase, sms: "m-card", sender: "AD-ICICIC-S", counterparty: null, minute: 3 };
    const otherAmount: Alert = { ...card, sms: "m-amount", amount: 349901, minute: 4 };
    const fourDays: Alert = { ...card, sms: "m-later", minute: 4 * 24 * 60 };
    await arrive(user, [[sms], [otherAmount, fourDays], [card]]);
    const r = await storedRows(user);
    expect(short(r.get("m-card")?.duplicateOf ?? null)).toBe("m-sms");
    expect(r.get("m-amount")?.duplicateOf).toBeNull();
    expect(r.get("m-later")?.duplicateOf).toBeNull();
  });
  it("writes a new row's assignment in its insert: a redelivery changes nothing and every row keeps its group", async () => {
    const user = newUser();
    const first: Alert = { ...purchase, sms: "m-a", counterparty: null, reference: "RRN-55" };
    const second: Alert = { ...first, sms: "m-b", sender: "AD-ICICIC-S", minute: 1 };
    await arrive(user, [[first, second]]);
    const before = await storedRows(user);
    expect(short(before.get("m-b")?.duplicateOf ?? null)).toBe("m-a");
    await arrive(user, [[second], [first, second]]);
    expect(await storedRows(user)).toEqual(before);
  });
});

describe("summaries", () => {
  it("net a refund under the category of the purchase it reverses; count a transfer by both legs or neither", async () => {
    const user = newUser();
    await arrive(user, [
      [
        {
          sms: "p",
          sender: "VM-HDFCBK-S",
          direction: "debit",
          amount: 129900,
          account: "4321",
          counterparty: "AMAZON",
          category: "shopping",
          minute: 0,
        },
        {
          sms: "p2",
          sender: "AX-HDFCUPI-S",
          direction: "debit",
          amount: 129900,
          account: "4321",
          counterparty: "AMAZON",
          minute: 1,
        },
        {
          sms: "rf",
          sender: "VM-HDFCBK-S",
          direction: "credit",
          amount: 29900,
          account: "4321",
          counterparty: "Amazon",
          intent: "refund",
          minute: 600,
        },
        {
          sms: "bill",
          sender: "VM-HDFCBK-S",
          direction: "debit",
          amount: 500000,
          account: "4321",
          counterparty: "CARD 9012",
          minute: 5,
        },
        {
          sms: "card",
          sender: "VM-HDFCCC-S",
          direction: "credit",
          amount: 500000,
          account: "9012",
          accountKind: "card",
          minute: 50,
        },
      ],
    ]);
    const range = { fromMs: 0, toMs: 2 ** 50, offsetMs: 0 };
    const byCategory = await summarise(db(), user, { ...range, group: "category", includeTransfers: false });
    expect(byCategory).toEqual([{ key: "shopping", currency: "INR", income: 0, expense: 100000, count: 2 }]);
    const withTransfers = await summarise(db(), user, { ...range, group: "month", includeTransfers: true });
    expect(withTransfers).toEqual([{ key: "2026-11", currency: "INR", income: 500000, expense: 600000, count: 4 }]);
  });
});

describe("corrections belong to the group", () => {
  const noRef: Alert = {
    sms: "c-bank",
    sender: "VM-SBIINB-S",
    direction: "debit",
    amount: 45000,
    account: "4321",
    reference: null,
    minute: 1,
  };
  const withRef: Alert = { ...noRef, sms: "c-upi", sender: "AX-SBIUPI-S", reference: "REF1", minute: 2 };
  const patch = { category: "groceries" as const, counterparty: "Corner Shop" };

  it("survive regrouping: the main row changes to a later alert with a reference, and back when it splits", async () => {
    const user = newUser();
    await arrive(user, [[noRef]]);
    await correctTransaction(db(), user, txId(user, "c-bank"), patch, 1000);
    await arrive(user, [[withRef]]);
    let r = await storedRows(user);
    expect(short(r.get("c-bank")?.duplicateOf ?? null)).toBe("c-upi");
    expect(r.get("c-upi")).toMatchObject({
      userCategory: "groceries",
      userCounterparty: "Corner Shop",
      correctedAt: 1000,
    });
    // A second reference makes the bank alert ambiguous: it stands alone again, with the correction made through it.
    await arrive(user, [[{ ...withRef, sms: "c-other", reference: "REF2", sender: "AX-OTHER-S" }]]);
    r = await storedRows(user);
    expect(r.get("c-bank")).toMatchObject({ duplicateOf: null, userCategory: "groceries" });
  });

  it("survive the arrival of a duplicate alert that becomes the main row (same reference, earlier)", async () => {
    const user = newUser();
    await arrive(user, [[withRef]]);
    await correctTransaction(db(), user, txId(user, "c-upi"), { category: "rent" }, 2000);
    await arrive(user, [[{ ...withRef, sms: "c-early", sender: "VM-SBIINB-S", minute: 0 }]]);
    const r = await storedRows(user);
    expect(r.get("c-early")).toMatchObject({ duplicateOf: null, userCategory: "rent", correctedAt: 2000 });
    expect(short(r.get("c-upi")?.duplicateOf ?? null)).toBe("c-early");
  });

  it("a correction through a duplicate row shows on the main row; the latest correction per field wins", async () => {
    const user = newUser();
    await arrive(user, [[withRef, noRef]]);
    await correctTransaction(db(), user, txId(user, "c-bank"), { category: "food" }, 3000);
    await correctTransaction(db(), user, txId(user, "c-upi"), { counterparty: "Deli" }, 3001);
    await correctTransaction(db(), user, txId(user, "c-upi"), { category: null }, 3002);
    const main = (await storedRows(user)).get("c-upi");
    expect(main).toMatchObject({ userCategory: null, userCounterparty: "Deli", correctedAt: 3002 });
  });
});

describe("deleting an SMS", () => {
  it("regroups what is left: the other alert becomes the main row and the transfer relinks to it", async () => {
    const user = newUser();
    const upi: Alert = {
      sms: "d-upi",
      sender: "AX-HDFCUPI-S",
      direction: "debit",
      amount: 800000,
      account: "4321",
      reference: "REF5",
      counterparty: "HDFC CREDIT CARD",
      minute: 0,
    };
    const bank: Alert = { ...upi, sms: "d-bank", sender: "VM-HDFCBK-S", reference: null, minute: 1 };
    const card: Alert = {
      sms: "d-card",
      sender: "VM-HDFCCC-S",
      direction: "credit",
      amount: 800000,
      account: "9012",
      accountKind: "card",
      minute: 30,
    };
    await arrive(user, [[upi, bank, card]]);
    await correctTransaction(db(), user, txId(user, "d-bank"), { category: "bills" }, 5000);
    expect(await deleteSms(db(), user, "d-upi")).toBe(true);
    const r = await storedRows(user);
    expect(r.has("d-upi")).toBe(false);
    expect(r.get("d-bank")).toMatchObject({ duplicateOf: null, linkKind: "transfer", userCategory: "bills" });
    expect(r.get("d-bank")?.counterpartId).toBe(txId(user, "d-card"));
    expect(r.get("d-card")).toMatchObject({ linkKind: "transfer", counterpartId: txId(user, "d-bank") });
  });
});
