import { stateOf, type ParseResult, type SmsJob } from "@smsledger/core";
import { outcomeOfReading, type SmsOutcome } from "@smsledger/db";

export { transactionId } from "@smsledger/db";

/** What to write for one SMS given its best reading (`review`: the read policy wants it reviewed whatever it says). */
export async function outcomeOf(
  job: SmsJob,
  result: ParseResult,
  attempts: number,
  review = false,
): Promise<SmsOutcome> {
  const state = review ? "needs_review" : stateOf(result, job.body, job.sender);
  return outcomeOfReading(job, result, state, attempts);
}
