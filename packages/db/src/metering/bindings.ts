import { add, queueChunks } from "./counts";
import { meterD1 } from "./d1";

type AnyFn = (...args: unknown[]) => unknown;

/** A view of `target` whose listed methods first call `count` with their arguments. */
function counted<T extends object>(target: T, counters: Record<string, (...args: unknown[]) => void>): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== "function") return value;
      const count = typeof prop === "string" ? counters[prop] : undefined;
      return (...args: unknown[]) => {
        count?.(...args);
        return Reflect.apply(value as AnyFn, obj, args);
      };
    },
  }) as T;
}

/** Producer side: each message written costs one operation per 64 KB. */
export function meterQueue(queue: Queue): Queue {
  return counted(queue, {
    send: (body) => add("queue_writes", queueChunks(body)),
    sendBatch: (messages) => {
      for (const m of messages as { body: unknown }[]) add("queue_writes", queueChunks(m.body));
    },
  });
}

/** KV: a bulk get of N keys is N reads. */
export function meterKv(kv: KVNamespace): KVNamespace {
  const read = (key: unknown) => add("kv_reads", Array.isArray(key) ? key.length : 1);
  return counted(kv, {
    get: read,
    getWithMetadata: read,
    put: () => add("kv_writes", 1),
    delete: () => add("kv_deletes", 1),
    list: () => add("kv_lists", 1),
  });
}

/** Durable Objects: every fetch or RPC method call on a stub is one billed request. */
// biome-ignore lint/suspicious/noExplicitAny: any Durable Object class
export function meterDurableObjects<N extends DurableObjectNamespace<any>>(namespace: N): N {
  const stub = (s: DurableObjectStub): DurableObjectStub =>
    new Proxy(s, {
      get(obj, prop) {
        const value = Reflect.get(obj, prop, obj) as unknown;
        if (typeof value !== "function" || prop === "then") return value;
        return (...args: unknown[]) => {
          add("do_requests", 1);
          return Reflect.apply(value as AnyFn, obj, args);
        };
      },
    });
  return new Proxy(namespace, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== "function") return value;
      if (prop !== "get" && prop !== "getByName") return (value as AnyFn).bind(obj);
      return (...args: unknown[]) => stub(Reflect.apply(value as AnyFn, obj, args) as DurableObjectStub);
    },
  });
}

const has = (value: unknown, ...methods: string[]): boolean =>
  typeof value === "object" &&
  value !== null &&
  methods.every((m) => typeof (value as Record<string, unknown>)[m] === "function");

/**
 * The env with every D1, Queue, KV and Durable Object binding metered, found by shape. D1 is hooked in
 * place (drizzle clients are cached per binding); the others are wrapped. Built once per env object.
 */
const cache = new WeakMap<object, object>();
export function meterEnv<E extends object>(env: E): E {
  const known = cache.get(env);
  if (known) return known as E;
  const out = { ...env } as Record<string, unknown>;
  for (const [name, value] of Object.entries(env)) {
    if (has(value, "prepare", "batch")) meterD1(value as D1Database);
    else if (has(value, "sendBatch")) out[name] = meterQueue(value as Queue);
    else if (has(value, "getWithMetadata", "put")) out[name] = meterKv(value as KVNamespace);
    else if (has(value, "idFromName", "get")) out[name] = meterDurableObjects(value as DurableObjectNamespace);
  }
  cache.set(env, out);
  return out as E;
}
