import { sha256Hex } from "../ids";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Random text from the base62 alphabet, unbiased. */
function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

export interface NewApiKey {
  /** The key itself: shown once, never stored. */
  key: string;
  /** SHA-256 hex of the key: what is stored. */
  hash: string;
  /** The first characters, stored to help people tell keys apart. */
  prefix: string;
}

/** A fresh random API key (`sl_` + 40 base62 characters, about 238 bits). */
export async function newApiKey(): Promise<NewApiKey> {
  const key = `sl_${randomBase62(40)}`;
  return apiKeyFrom(key);
}

/** Hash and prefix of a given key (for seeding a known demo key). */
export async function apiKeyFrom(key: string): Promise<NewApiKey> {
  return { key, hash: await sha256Hex(key), prefix: key.slice(0, 7) };
}
