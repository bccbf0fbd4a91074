// Test entry: the API Worker plus the consumer's RateLimiter class, so that the Durable Object the
// API binds by script name in production runs for real in the same test runtime.
export { default } from "../src/index";
export { RateLimiter } from "@smsledger/consumer";
