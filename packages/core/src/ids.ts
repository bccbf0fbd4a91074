/** Hex SHA-256 of a string (Web Crypto: Node and workerd alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Normalises an ISO timestamp to UTC milliseconds so that equal instants hash alike. */
export function canonicalInstant(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}

/**
 * The deterministic id of an SMS within its user's data: the client's id when given,
 * otherwise a hash of user, sender, body and received_at.
 */
export async function smsId(
  userId: string,
  sms: { id?: string | undefined; sender: string; body: string; received_at: string },
): Promise<string> {
  if (sms.id) return sms.id;
  const hash = await sha256Hex([userId, sms.sender, sms.body, canonicalInstant(sms.received_at)].join("\u0000"));
  return `sms_${hash.slice(0, 32)}`;
}
