import { sha256Hex } from "../ids";

/**
 * Compares two secrets in time that does not depend on where they differ: both are hashed first,
 * so lengths leak nothing either, then the digests are compared without an early exit.
 */
export async function secretsEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256Hex(given), sha256Hex(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0 && expected.length > 0;
}
