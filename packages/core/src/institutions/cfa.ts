import type { Market } from "./types";

/**
 * The two CFA franc zones, for wallet headers that serve both ("MTN MoMo", "OrangeMoney"), told apart by the UTC
 * offset of `received_at`: West Africa (Côte d'Ivoire, Senegal, Mali: UTC+0) prints "FCFA" for the XOF; Central
 * Africa (Cameroon: UTC+1) for the XAF. Benin and Niger (XOF) share UTC+1: there "FCFA" is read as XAF.
 */
export const WEST_CFA: Market = { utcOffsets: ["+00:00", "Z"], currency: "XOF", timeZone: "Africa/Abidjan" };
export const CENTRAL_CFA: Market = { utcOffsets: ["+01:00"], currency: "XAF", timeZone: "Africa/Douala" };
