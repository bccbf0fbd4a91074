/** The names of up to `limit` KV keys under `prefix`, page by page (KV pages hold at most 1,000). */
export async function keyNames(kv: KVNamespace, prefix: string, limit: number): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list({ prefix, limit: Math.min(1_000, limit - names.length), cursor });
    names.push(...page.keys.map((k) => k.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor && names.length < limit);
  return names;
}
