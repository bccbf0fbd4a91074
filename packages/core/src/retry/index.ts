export { MAX_QUEUE_DELAY_SECONDS, retryDelaySeconds, isFinalAttempt } from "./backoff";
export type { BackoffOptions } from "./backoff";
