import { MEXICO } from "../market";
import type { InstitutionDef } from "../types";

/** Mercado Pago (AR): Mercado Libre's wallet, Spanish; "$ 120.000" is 120,000 pesos. */
export const mercadopago: InstitutionDef = {
  id: "mercadopago",
  name: "Mercado Pago",
  kind: "wallet",
  country: "AR",
  currency: "ARS",
  timeZone: "America/Argentina/Buenos_Aires",
  senders: ["MERCADOPAGO", "MERCADO PAGO"],
  names: ["Mercado Pago"],
  rules: [],
  // Mercado Pago México sends from the same header: a "$" received at a Mexican offset is pesos mexicanos.
  markets: [MEXICO],
};
