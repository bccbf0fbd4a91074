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
  /**
   * Deliveries this job already had in an earlier message: a job re-sent alone out of a pack carries
   * them, so that its attempt count (and the dead-letter decision) is the job's, not the new message's.
   */
  prior_attempts: z.number().int().min(0).optional(),
});
export type SmsJob = z.infer<typeof SmsJob>;

/** One queue message carrying many jobs (docs/scaling.md, "Many SMS per queue message"). */
export const SmsPack = z.object({ pack: z.array(SmsJob).min(1) });
export type SmsPack = z.infer<typeof SmsPack>;

/** What a queue message may carry: a pack, or one bare job (the format before packs; still read). */
export const QueueBody = z.union([SmsPack, SmsJob]);
export type QueueBody = z.infer<typeof QueueBody>;

/** The jobs a message carries, or null when it is neither a pack nor a job. */
export function jobsOfBody(body: unknown): SmsJob[] | null {
  const parsed = QueueBody.safeParse(body);
  if (!parsed.success) return null;
  return "pack" in parsed.data ? parsed.data.pack : [parsed.data];
}
