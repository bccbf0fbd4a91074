import { fnv1a64Hex } from "./hash";
import { senderEntity } from "./sender";
import { templateOf } from "./template-of";

/** Stable id of an SMS format: 64-bit FNV-1a of the sender entity and the template. */
export function fingerprint(sender: string, body: string): string {
  return fnv1a64Hex(`${senderEntity(sender)}\n${templateOf(body)}`);
}
