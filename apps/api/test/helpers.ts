import { newApiKey } from "@smsledger/core";
import { createDb, createUserWithKey } from "@smsledger/db";
import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import type { ApiEnv } from "../src/bindings";
import { app } from "../src/app";

export const testEnv = env as unknown as ApiEnv & { UNMIGRATED_DB: D1Database };

/** Creates a user with a fresh API key and returns the key. */
export async function newUser(name = "test user"): Promise<{ userId: string; key: string }> {
  const userId = `usr_${crypto.randomUUID().replaceAll("-", "")}`;
  const apiKey = await newApiKey();
  await createUserWithKey(
    createDb(testEnv.DB),
    { id: userId, name },
    { id: `key_${userId}`, hash: apiKey.hash, prefix: apiKey.prefix },
  );
  return { userId, key: apiKey.key };
}

/** Calls the API Worker through its real entry point. */
export function call(path: string, init: RequestInit & { key?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key) headers.set("authorization", `Bearer ${init.key}`);
  return (exports as unknown as { default: Fetcher }).default.fetch(
    new Request(`http://api.test${path}`, { ...init, headers }),
  );
}

/**
 * Calls the API with other bindings or vars than the test Worker's (e.g. a lower quota, an absent
 * binding): the same app over the same real D1, KV, Queues and Durable Object, with `overrides` on top.
 */
export async function callWithEnv(
  overrides: Partial<Record<keyof ApiEnv, unknown>>,
  path: string,
  init: RequestInit & { key?: string } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key) headers.set("authorization", `Bearer ${init.key}`);
  const request = new Request(`http://api.test${path}`, { ...init, headers });
  return app.fetch(request, { ...testEnv, ...overrides } as ApiEnv, createExecutionContext());
}

export function postJson(path: string, key: string, body: unknown): Promise<Response> {
  return call(path, {
    method: "POST",
    key,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export const sampleMessages = [
  {
    sender: "VM-HDFCBK-S",
    body: "Rs.1,250.00 debited from A/c XX4321 on 12-11-26 to VPA swiggy@axisbank (UPI Ref No 431298765432). Not you? Call 18002586161 - HDFC Bank",
    received_at: "2026-11-12T10:00:00+05:30",
  },
  {
    sender: "AD-ICICIB-S",
    body: "ICICI Bank Acct XX7788 credited with Rs 45,000.00 on 12-Nov-26 by NEFT from ACME PAYROLL. Avl Bal Rs 61,210.55.",
    received_at: "2026-11-12T11:00:00+05:30",
  },
  {
    sender: "VM-SBIOTP-S",
    body: "482913 is your OTP for a transaction of Rs 2,000.00 at AMAZON. Valid for 5 mins. Do not share it with anyone - SBI",
    received_at: "2026-11-12T12:00:00+05:30",
  },
];
