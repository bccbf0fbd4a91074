// Upstream calls per distinct format: the fake upstream's `GET /admin/asked` (every SMS it answered) grouped by
// core's fingerprint. `pnpm bench` adds it to its result as `upstream_formats`.
import { fingerprint } from "../../packages/core/src/templates/fingerprint.ts";

export interface AskedFormats {
  /** SMS the fake upstream answered. */
  answered: number;
  /** Distinct formats (fingerprints) among them. */
  formats_asked: number;
  calls_per_format_asked: number | null;
  formats_asked_more_than_once: number;
  most_calls_for_one_format: number;
}

export function askedFormats(asked: { sender: string; body: string }[]): AskedFormats {
  const calls = new Map<string, number>();
  for (const m of asked) {
    const fp = fingerprint(m.sender, m.body);
    calls.set(fp, (calls.get(fp) ?? 0) + 1);
  }
  const counts = [...calls.values()];
  return {
    answered: asked.length,
    formats_asked: calls.size,
    calls_per_format_asked: calls.size ? Math.round((asked.length / calls.size) * 1000) / 1000 : null,
    formats_asked_more_than_once: counts.filter((n) => n > 1).length,
    most_calls_for_one_format: Math.max(0, ...counts),
  };
}

/** Fetches the fake upstream's answered SMS and groups them by format. */
export async function fetchAskedFormats(llmBase: string): Promise<AskedFormats> {
  const res = await fetch(`${llmBase}/admin/asked`);
  const { asked } = (await res.json()) as { asked: { sender: string; body: string }[] };
  return askedFormats(asked);
}
