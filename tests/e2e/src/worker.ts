// Both Workers in one script, so that a test sees the whole path for real:
// HTTP -> API -> Queue -> consumer -> D1, with Miniflare delivering the queue.
import api from "@smsledger/api";
import type { ApiEnv } from "@smsledger/api/bindings";
import type { ConsumerEnv } from "@smsledger/consumer/bindings";
import consumer from "@smsledger/consumer";

export { RateLimiter } from "@smsledger/consumer";

export default {
  fetch: api.fetch,
  queue: consumer.queue,
} satisfies ExportedHandler<ApiEnv & ConsumerEnv>;
