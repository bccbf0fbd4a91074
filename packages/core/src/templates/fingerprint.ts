import { fnv1a64Hex } from "./hash";
import { senderEntity } from "./sender";
import { templateOf } from "./template-of";

/** The last SMS fingerprinted (the read policy asks, then its recipe checks, for the same SMS). */
let memo: { sender: string; body: string; fingerprint: string } | null = null;

/** Stable id of an SMS format: 64-bit FNV-1a of the sender entity and the template. */
export function fingerprint(sender: string, body: string): string {
  if (memo?.body === body && memo.sender === sender) return memo.fingerprint;
  const fp = fnv1a64Hex(`${senderEntity(sender)}\n${templateOf(body)}`);
  memo = { sender, body, fingerprint: fp };
  return fp;
}
