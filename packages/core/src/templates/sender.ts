/**
 * The entity behind an SMS sender id. Indian DLT headers "VM-HDFCBK-S", "AD-HDFCBK", "JD-HDFCBK-T"
 * all become "HDFCBK"; phone numbers keep their digits; other ids are upper-cased letters and digits of any script.
 */
export function senderEntity(sender: string): string {
  const upper = sender.trim().toUpperCase();
  const dlt = /^[A-Z]{2}-([A-Z0-9]{3,9})(?:-[A-Z])?$/.exec(upper);
  if (dlt?.[1]) return dlt[1];
  if (/^\+?[\d\s()-]{6,}$/.test(upper)) return upper.replace(/\D/g, "");
  return upper.replace(/[^\p{L}\p{N}]/gu, "");
}
