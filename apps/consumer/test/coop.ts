import { ATTACK_SENDER, zenithAnswer } from "./attacks";

// A format the rules read confidently by a fallback reader (`ruleVerdict` = `unseen`), so that they can check a
// recipe another user taught (issue 16, the rules' check), and the upstream answers for it (fake LLM fixtures).
export const COOP_SENDER = ATTACK_SENDER;

/** A debit alert of the format; `tail` varies the template (one format per test). */
export const coop = (amount: string, payee: string, tail: string) =>
  `ZENITH COOP: INR ${amount} debited from A/c XX4455 to ${payee} on 12/11. ${tail}`;

const debit = (amount: string, counterparty: string, direction = "debit") =>
  zenithAnswer(amount, counterparty, null, direction);

export const COOP = {
  /** Agreeing: Bob's rules read his SMS as the recipe Alice's answer taught. */
  taught: coop("4,210.50", "ACME TRADERS", "Ref ZX99812."),
  agreeing: coop("99.00", "BOLT CABS", "Ref ZX10001."),
  /** Disagreeing: Alice's answer calls her debit a credit; Bob's rules read a debit. */
  credit: coop("2,000.00", "ACME TRADERS", "Thank you."),
  debit: coop("75.00", "BOLT CABS", "Thank you."),
  /** Poisoned: Alice's answer takes the balance for the amount. */
  poisoned: coop("4,210.50", "ACME TRADERS", "Avl Bal INR 80,000.00."),
  genuine: coop("99.00", "BOLT CABS", "Avl Bal INR 5,310.00."),
};

/** JSONL lines: the fake upstream's answer to every COOP body. */
export function coopFixtureLines(): string {
  const answers: [string, unknown][] = [
    [COOP.taught, debit("4210.50", "ACME TRADERS")],
    [COOP.agreeing, debit("99.00", "BOLT CABS")],
    [COOP.credit, debit("2000.00", "ACME TRADERS", "credit")],
    [COOP.debit, debit("75.00", "BOLT CABS")],
    [COOP.poisoned, debit("80000.00", "ACME TRADERS")],
    [COOP.genuine, debit("99.00", "BOLT CABS")],
  ];
  return answers.map(([body, answer]) => JSON.stringify({ body, answer })).join("\n");
}
