import { describe, expect, it } from "vitest";
import { stateOf } from "../../src/ledger/state";
import { parseSms } from "../../src/parser/index";
import { isCurrencyToken, moneySignal } from "../../src/parser/money-signal";
import { isSpam, notMoneyNotice } from "../../src/parser/not-money";
import { isPersonalNumber } from "../../src/parser/sender";
import { NOT_MONEY_GATE } from "../../src/parser/intent";
import { scanText } from "../../src/parser/scan";

const AT = "2026-11-12T10:00:00+05:30";
const real0 = (body: string) => parseSms({ sender: "VM-HDFCBK-S", body, received_at: AT });
const state = (sender: string, body: string) => stateOf(parseSms({ sender, body, received_at: AT }), body);

describe("money signal", () => {
  it("sees an amount with a currency in any script and placement", () => {
    for (const body of [
      "Rs.1100credited in your A/c",
      "Umepokea Tsh 50,000 kutoka kwa JOHN",
      "Списание 1 250,00 ₽ карта *1234",
      "N5,000.00 debited",
      "شراء عبر:****;مدى بـSAR 5.75 لـKiwi",
      "مبلغ ۱,۵۰۰,۰۰۰ ریال واریز شد",
      "ชำระ 1,500.00 บาท",
    ]) {
      expect(moneySignal(body).money, body).toBe(true);
    }
  });

  it("sees a money-shaped amount in a known institution's alert even with no currency or account cue", () => {
    const receipt =
      "Payment Successful.40019283746\nTOKEN 1234 5678 9012 3456 7890\n31.5KWH\nCost 9,322.03\nTOTAL 11,000.00";
    expect(moneySignal(receipt).money).toBe(false);
    expect(moneySignal(receipt, true).money).toBe(true);
    expect(state("MixxByYas", receipt)).toBe("needs_review");
    expect(state("SOMEONE", receipt)).toBe("not_financial");
  });

  it("sees a money-shaped amount near an account, card or wallet cue, and a signed grouped amount", () => {
    expect(moneySignal("کارت 7284 -3,300,000 مانده 14,412,600").money).toBe(true);
    expect(moneySignal("777.888.20000275.1 +1,000,000,000 04/13_10:22").movementCue).toBe(true);
    expect(moneySignal("Account 4471 balance 12,500.00").money).toBe(true);
  });

  it("ignores account tails, OTPs, dates and times", () => {
    for (const body of [
      "Your OTP is 123456",
      "Your card XX1234 is blocked",
      "meeting at 10:30 on 12-11-2026",
      "Call 1800 425 1809",
    ]) {
      expect(moneySignal(body).money, body).toBe(false);
    }
  });

  it("finds a movement cue beside the amount, not an instrument name", () => {
    expect(moneySignal("Avl bal of A/c XX1234 is Rs.5,000.00").movementCue).toBe(false);
    expect(moneySignal("Your Credit Card XX12 available limit is Rs 5000").movementCue).toBe(false);
    expect(moneySignal("UPI debit:Rs.599.00 A/c X7477").movementCue).toBe(true);
    expect(moneySignal("Inward Remittance        Credit        Account XXXX5678        AED 444.00").creditCue).toBe(
      true,
    );
  });

  it("keeps currency tokens in one place", () => {
    expect(isCurrencyToken("INR")).toBe(true);
    expect(isCurrencyToken("₹")).toBe(true);
    expect(isCurrencyToken("руб")).toBe(true);
    expect(isCurrencyToken("from")).toBe(false);
  });
});

describe("never drop silently (stateOf)", () => {
  it("sends a confident balance or other with a movement cue to review", () => {
    expect(state("VM-NEWBNK-S", "Ac ending 4471: EUR 1.250,00 debit, card payment")).toBe("needs_review");
    expect(
      state(
        "VM-IDBIBK-S",
        "IDBI Bank: Balance in A/c NN4410 as on 12-NOV-26 is INR 8,210.00. Last txn: Cr INR 5,000.00",
      ),
    ).toBe("needs_review");
  });

  it("sends a balance reading that prints a second amount to review (a movement in words no pack knows)", () => {
    const body = "Konto ***4417: ruch 1.250,00 PLN. Saldo: 8.410,20 PLN";
    expect(parseSms({ sender: "VM-NEWBNK-S", body, received_at: AT }).intent).toBe("balance");
    expect(state("VM-NEWBNK-S", body)).toBe("needs_review");
    expect(moneySignal(body).amounts).toBe(2);
    // The same figure twice, or a dotted date, is still one amount.
    expect(moneySignal("Saldo: 8.410,20 PLN, dostepne 8.410,20 PLN na 05.11.2026").amounts).toBe(1);
  });

  it("sends a known bank's cut alert (movement or account words, no amount) to review", () => {
    expect(state("BSF", "حوالة واردة")).toBe("needs_review");
    expect(state("BSF", "Dear customer, our branches close at 2 pm on Thursday")).toBe("not_financial");
  });

  it("keeps a plain balance, an OTP and chatter out of review", () => {
    expect(state("VM-HDFCBK-S", "Available balance in A/c XX1234 is INR 5,000.00 as on 12-11-26")).toBe("parsed");
    expect(state("VM-HDFCBK-T", "345612 is OTP for txn of INR 4,999.00")).toBe("not_financial");
    expect(state("JK-FRIEND", "see you at 7 near the station")).toBe("not_financial");
  });
});

describe("never invent", () => {
  it("reads spam and look-alike digits as never money", () => {
    expect(isSpam("rs.15,ooo can be credited to your rummy a/c")).toBe(true);
    expect(isSpam("inr 1o,000 is waiting for you")).toBe(true);
    expect(isSpam("[suspected spam] rs 4,500 credited to your wallet")).toBe(true);
    expect(isSpam("rs.500 debited from a/c xx1234 on 12-11-26")).toBe(false);
    expect(isSpam("rs 1,500.00 spent on your card at lotus cafe")).toBe(false);
  });

  it("names notices of money held, owed or offered", () => {
    expect(notMoneyNotice("legal notice: a suit for recovery of rs 84,000 is filed against you")).toBe("legal");
    expect(notMoneyNotice("your epf passbook balance as on 31-10-2026 is rs 2,45,310")).toBe("passbook");
    expect(notMoneyNotice("value of your holdings as on 11-nov-2026 is rs 1,22,450.33")).toBe("holdings");
    expect(notMoneyNotice("your purchase of rs 24,999 at croma can be converted to emi")).toBe("emi_offer");
    expect(notMoneyNotice("booking confirmed. pnr 4512345678, fare rs 1,245.00")).toBe("booking");
    expect(notMoneyNotice("booking confirmed. rs 1,245.00 debited from a/c xx1234")).toBeNull();
  });

  it("gates every not-money check by the keyword pass (fast path = plain code)", () => {
    const samples = [
      "rs.15,ooo can be credited",
      "likely spam: rs 500",
      "legal notice rs 500",
      "lok adalat rs 9,000",
      "your pf balance is rs 40,000",
      "value of your investments is rs 5,000",
      "purchase of rs 900 can be converted to emi",
      "ticket booked, fare rs 450",
      "sign-up bonus of rs 100 credited",
    ];
    for (const t of samples) {
      expect(notMoneyNotice(t), t).not.toBeNull();
      expect(scanText(t).gates & NOT_MONEY_GATE, t).not.toBe(0);
    }
  });

  it("never reads a spam lure or look-alike digits as a transaction", () => {
    const r = parseSms({
      sender: "VM-RUMMYC",
      body: "Rs.15,OOO can be credited to your Rummy A/C. Claim now",
      received_at: AT,
    });
    expect(r.intent).not.toBe("transaction");
    for (const body of [
      "INR 1O,000 credited to your A/c XX1234",
      "Rs 5oo credited to your wallet today",
      "Rs.2,OOO debited from A/c XX9912",
    ]) {
      const l = parseSms({ sender: "VM-ABCDEF", body, received_at: AT });
      expect(l.intent, body).toBe("promo");
      expect(l.parser, body).toBe("generic:spam@1");
    }
    const real = parseSms({
      sender: "VM-HDFCBK-S",
      body: "Rs.500 only debited from A/c XX1234 on 12-11-26",
      received_at: AT,
    });
    expect(real.intent).toBe("transaction");
  });
});

describe("personal-number senders", () => {
  it("tells personal numbers from short service codes", () => {
    expect(isPersonalNumber("+919812345678")).toBe(true);
    expect(isPersonalNumber("9812345678")).toBe(true);
    expect(isPersonalNumber("+44 7700 900123")).toBe(true);
    expect(isPersonalNumber("9220")).toBe(false);
    expect(isPersonalNumber("20004861")).toBe(false);
    expect(isPersonalNumber("VM-HDFCBK-S")).toBe(false);
  });

  it("never counts an INR bank alert from a personal number as that bank's confident transaction", () => {
    const body = "Rs.50,000.00 credited to your A/c XX4411 on 12-11-26 by NEFT. Avl Bal Rs.61,200.00 - HDFC Bank";
    const fake = parseSms({ sender: "+919812345678", body, received_at: AT });
    expect(fake.institution).toBeNull();
    expect(fake.confidence).toBeLessThan(0.6);
    expect(stateOf(fake, body)).toBe("needs_review");
    // Whoever reads it (a template, the LLM), a movement from a personal number is never stored as confident.
    const llm = { ...real0(body), institution: "HDFC Bank", confidence: 0.95 };
    expect(stateOf(llm, body, "+919812345678")).toBe("needs_review");
    expect(stateOf(llm, body, "VM-HDFCBK-S")).toBe("parsed");
    const real = parseSms({ sender: "VM-HDFCBK-S", body, received_at: AT });
    expect(real.institution).toBe("HDFC Bank");
    expect(stateOf(real, body)).toBe("parsed");
  });

  it("trusts long numeric senders for alerts in other currencies (banks in Iran send from such numbers)", () => {
    const body = "Dear Customer, your A/c XX5521 is debited by AED 1,250.00 on 12/11/26 at CARREFOUR";
    const r = parseSms({ sender: "98200048610", body, received_at: AT });
    expect(r.currency).toBe("AED");
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    expect(
      parseSms({ sender: "+919812345678", body: body.replace("AED", "INR"), received_at: AT }).confidence,
    ).toBeLessThan(0.6);
  });
});
