import { add, flush, queueChunks } from "./counts";
import { meterEnv } from "./bindings";

/** Whether this Worker runs metered (`METER=1`, set by `pnpm bench` only). */
export const metering = (env: { METER?: string }): boolean => env.METER === "1";

type Fetch<E> = (request: Request, env: E, ctx: ExecutionContext) => Response | Promise<Response>;

/** A fetch handler counted as one invocation, with metered bindings, flushed when it answers. */
export function meteredFetch<E extends object>(worker: string, handler: Fetch<E>): Fetch<E> {
  return async (request, env, ctx) => {
    add("invocations", 1);
    try {
      return await handler(request, meterEnv(env), ctx);
    } finally {
      flush(worker);
    }
  };
}

type QueueHandler<E> = (batch: MessageBatch<unknown>, env: E) => Promise<void>;

/**
 * A queue handler counted as one invocation: each delivered message is read (one operation per 64 KB),
 * and deleted when acked, or when the handler returns without retrying it (the implicit ack); a retried
 * message costs another read on its next delivery.
 */
export function meteredQueue<E extends object>(worker: string, handler: QueueHandler<E>): QueueHandler<E> {
  return async (batch, env) => {
    add("invocations", 1);
    const fate = new Map<Message<unknown>, "ack" | "retry">();
    const messages = batch.messages.map((m) => {
      add("queue_reads", queueChunks(m.body));
      return new Proxy(m, {
        get(obj, prop) {
          if (prop === "ack") return () => (fate.set(m, "ack"), obj.ack());
          if (prop === "retry") return (o?: QueueRetryOptions) => (fate.set(m, fate.get(m) ?? "retry"), obj.retry(o));
          const value = Reflect.get(obj, prop, obj) as unknown;
          return typeof value === "function" ? value.bind(obj) : value;
        },
      });
    });
    const view: MessageBatch<unknown> = {
      queue: batch.queue,
      metadata: batch.metadata,
      messages,
      ackAll: () => {
        for (const m of batch.messages) fate.set(m, "ack");
        batch.ackAll();
      },
      retryAll: (o) => {
        for (const m of batch.messages) fate.set(m, fate.get(m) ?? "retry");
        batch.retryAll(o);
      },
    };
    let returned = false;
    try {
      await handler(view, meterEnv(env));
      returned = true;
    } finally {
      for (const m of batch.messages) {
        const f = fate.get(m);
        if (f === "ack" || (f === undefined && returned)) add("queue_deletes", queueChunks(m.body));
      }
      flush(worker);
    }
  };
}
