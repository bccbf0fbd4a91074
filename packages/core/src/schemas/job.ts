import { z } from "zod";

/** One queue message: an accepted SMS waiting to be parsed and stored. */
export const SmsJob = z.object({
  user_id: z.string(),
  sms_id: z.string(),
  ingestion_id: z.string(),
  sender: z.string(),
  body: z.string(),
  received_at: z.string(),
  accepted_at: z.number().int(),
});
export type SmsJob = z.infer<typeof SmsJob>;
