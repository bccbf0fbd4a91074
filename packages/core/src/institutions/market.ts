import type { Institution, Market } from "./types";

/** Mexico (UTC-5 to UTC-8): a bare "$" there is pesos, for headers that also serve Spain ("BBVA", "Santander"). */
export const MEXICO: Market = {
  utcOffsets: ["-05:00", "-06:00", "-07:00", "-08:00"],
  currency: "MXN",
  timeZone: "America/Mexico_City",
};
/** Argentina (UTC-3): "$ 45.800,00" there is pesos. Brazil shares the offset but prints "R$", its own token. */
export const ARGENTINA: Market = {
  utcOffsets: ["-03:00"],
  currency: "ARS",
  timeZone: "America/Argentina/Buenos_Aires",
};

const OFFSET = /(?:[+-]\d{2}:\d{2}|Z)$/;

/**
 * The institution as seen from the market an alert was received in: where one sender header serves several
 * countries, the UTC offset of `received_at` picks the home currency and zone; otherwise the institution as it is.
 */
export function inMarket<T extends Institution>(inst: T, markets: readonly Market[] | undefined, at: string): T {
  if (!markets || markets.length === 0) return inst;
  const offset = OFFSET.exec(at)?.[0];
  if (offset === undefined) return inst;
  const market = markets.find((m) => m.utcOffsets.includes(offset));
  return market ? { ...inst, currency: market.currency, timeZone: market.timeZone } : inst;
}
