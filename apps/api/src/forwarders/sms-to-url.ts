import { z } from "@hono/zod-openapi";
import { IncomingSms } from "@smsledger/core";

/** Epoch milliseconds: the app's default template sends a bare number; a custom one may quote it. */
const EpochMs = z.union([
  z.number().int().min(0),
  z
    .string()
    .regex(/^\d{1,15}$/, "epoch milliseconds")
    .transform(Number),
]);

/**
 * "Incoming SMS to URL forwarder" (bogkonstantin/android_income_sms_gateway_webhook): its default
 * template, `{ from, text, sentStamp, receivedStamp, sim }`. `sentStamp` is the SMS's own time (the
 * same on every retry, so a retried webhook is a duplicate); `receivedStamp` is used when it is absent.
 */
export const SmsToUrlWebhook = z
  .looseObject({
    from: IncomingSms.shape.sender,
    text: IncomingSms.shape.body,
    sentStamp: EpochMs.optional(),
    receivedStamp: EpochMs.optional(),
    sim: z.string().optional(),
  })
  .refine((w) => w.sentStamp !== undefined || w.receivedStamp !== undefined, {
    path: ["sentStamp"],
    message: "sentStamp or receivedStamp (epoch milliseconds) is required",
  })
  .openapi("SmsToUrlWebhook", {
    description: 'The default template of "Incoming SMS to URL forwarder" (`?source=sms-to-url`)',
  });

export type SmsToUrlWebhook = z.infer<typeof SmsToUrlWebhook>;

export const toSmsFromSmsToUrl = (w: SmsToUrlWebhook): IncomingSms => ({
  sender: w.from,
  body: w.text,
  received_at: new Date(w.sentStamp ?? (w.receivedStamp as number)).toISOString(),
});
