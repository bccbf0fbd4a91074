import type { InstitutionDef } from "../types";

/** Vodafone Cash (EG) mobile wallet: Arabic "تم استلام مبلغ X جنيه من رقم 010..", the payer or payee by phone number. */
export const vodafonecash: InstitutionDef = {
  id: "vodafonecash",
  name: "Vodafone Cash",
  kind: "wallet",
  country: "EG",
  currency: "EGP",
  timeZone: "Africa/Cairo",
  senders: ["VODAFONECASH", "VODAFONE CASH", "VFCASH", "VF-CASH"],
  names: ["Vodafone Cash"],
  rules: [],
};
