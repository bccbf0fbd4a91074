// Formats and scripted upstream answers for the cross-user attacks of issue 14 (served by tools/fake-llm in fixtures mode).
export const ATTACK_SENDER = "VM-ZENITH-S";

/** A trace number printed before the amount. */
export const traced = (trace: string, amount: string) =>
  `ZENITH COOP trace ${trace}: you paid ${amount} (INR) from acct ending 4455 at KIOSK.`;
/** A one-time code that mentions an amount. */
export const otp = (code: string, amount: string) =>
  `ZENITH COOP: ${code} is the code to confirm ${amount} (INR) to be paid at KIOSK. Never share it.`;
/** A customer's name printed as plain text. */
export const personal = (amount: string) =>
  `ZENITH COOP: RAVI SHANKAR VERMA paid ${amount} (INR) from acct ending 4455. Ref ZX10001.`;

/** The upstream's answer for a ZENITH COOP debit (or, with `direction`, a credit) of account 4455. */
export const zenithAnswer = (
  amount: string,
  counterparty: string | null,
  reference: string | null,
  direction = "debit",
) => ({
  intent: "transaction",
  direction,
  amount,
  currency: "INR",
  account: "4455",
  account_kind: "bank",
  counterparty,
  method: "OTHER",
  reference,
  balance: null,
  occurred_at: null,
  category: null,
});
const debit = zenithAnswer;
const code = {
  ...debit("0", null, null),
  intent: "otp",
  direction: null,
  amount: null,
  account: null,
  account_kind: null,
  method: null,
};

export const ATTACK = {
  tieHostile: traced("2500.00", "2500.00"),
  tieGenuine: traced("431298765432", "120.00"),
  otpHostile: otp("482913", "5,000.00"),
  otpGenuine: otp("110022", "750.00"),
  probeTaught: personal("99.00"),
  probe: personal("5.00"),
};

/** JSONL lines: every attack body and the answer the fake upstream gives (hostile ones scripted by the attacker). */
export function attackFixtureLines(): string {
  const answers: [string, unknown][] = [
    [ATTACK.tieHostile, debit("2500.00", "KIOSK", null)],
    [ATTACK.tieGenuine, debit("120.00", "KIOSK", null)],
    [ATTACK.otpHostile, debit("5000.00", "KIOSK", null)],
    [ATTACK.otpGenuine, code],
    [ATTACK.probeTaught, debit("99.00", null, "ZX10001")],
    [ATTACK.probe, debit("5.00", null, "ZX10001")],
  ];
  return answers.map(([body, answer]) => JSON.stringify({ body, answer })).join("\n");
}
