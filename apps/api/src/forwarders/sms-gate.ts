import { z } from "@hono/zod-openapi";
import { IncomingSms, IsoTimestamp } from "@smsledger/core";

/**
 * "SMS Gateway for Android" (capcom6/android-sms-gateway, sms-gate.app): its `sms:received` webhook,
 * `{ deviceId, event, id, webhookId, payload: { messageId, message, phoneNumber, simNumber, receivedAt } }`.
 * Its `messageId` is derived from the text and documented as not unique, so our own content id is used.
 */
export const SmsGateWebhook = z
  .looseObject({
    event: z.literal("sms:received"),
    payload: z.looseObject({
      phoneNumber: IncomingSms.shape.sender,
      message: IncomingSms.shape.body,
      receivedAt: IsoTimestamp,
    }),
  })
  .openapi("SmsGateWebhook", {
    description: 'The `sms:received` webhook of "SMS Gateway for Android" (`?source=sms-gate`)',
  });

export type SmsGateWebhook = z.infer<typeof SmsGateWebhook>;

export const toSmsFromSmsGate = ({ payload }: SmsGateWebhook): IncomingSms => ({
  sender: payload.phoneNumber,
  body: payload.message,
  received_at: payload.receivedAt,
});
