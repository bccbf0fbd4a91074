/** Fault-injection rates, each a probability in [0, 1]. All zero unless configured outside production. */
export interface FaultRates {
  /** The consumer throws before handling a batch. */
  consumerThrow: number;
  /** A D1 batch write fails. */
  d1Fail: number;
  /** An upstream LLM call fails. */
  upstreamFail: number;
  /** The D1 write of any set of messages that holds a body containing POISON_MARKER fails (1: on every attempt). */
  poison: number;
}

export const NO_FAULTS: FaultRates = { consumerThrow: 0, d1Fail: 0, upstreamFail: 0, poison: 0 };

/** The text that marks a message as poison for the `poison` fault. */
export const POISON_MARKER = "[[fault:poison]]";

const KEYS: Record<string, keyof FaultRates> = {
  consumer_throw: "consumerThrow",
  d1_fail: "d1Fail",
  upstream_fail: "upstreamFail",
  poison: "poison",
};

/**
 * Reads `FAULTS` ("consumer_throw=0.2,d1_fail=0.2,upstream_fail=0.1,poison=1"). Faults can never be turned on
 * in production: there the answer is always NO_FAULTS. Unknown keys and bad rates are ignored.
 */
export function parseFaults(text: string | undefined, environment: string | undefined): FaultRates {
  if (!text || environment === "production") return NO_FAULTS;
  const rates: FaultRates = { ...NO_FAULTS };
  for (const part of text.split(",")) {
    const [rawKey = "", rawValue = ""] = part.split("=");
    const key = KEYS[rawKey.trim()];
    const value = Number(rawValue);
    if (key && Number.isFinite(value)) rates[key] = Math.min(1, Math.max(0, value));
  }
  return rates;
}

/** Error thrown by an injected fault; its message says which. */
export class InjectedFault extends Error {
  constructor(kind: keyof FaultRates) {
    super(`injected fault: ${kind}`);
    this.name = "InjectedFault";
  }
}

/** Throws an InjectedFault with the given probability. */
export function maybeFail(kind: keyof FaultRates, rates: FaultRates, random: () => number = Math.random): void {
  if (rates[kind] > 0 && random() < rates[kind]) throw new InjectedFault(kind);
}

/** Throws an InjectedFault("poison"), at the `poison` rate, when one of the bodies contains POISON_MARKER. */
export function failIfPoisoned(bodies: string[], rates: FaultRates, random: () => number = Math.random): void {
  if (rates.poison > 0 && bodies.some((body) => body.includes(POISON_MARKER))) maybeFail("poison", rates, random);
}
