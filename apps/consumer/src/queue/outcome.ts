import { stateOf, type ParseResult, type SmsJob } from "@smsledger/core";
import { outcomeOfReading, type SmsOutcome } from "@smsledger/db";

export { transactionId } from "@smsledger/db";

/** What to write for one SMS given its best reading (its state from core's `stateOf`). */
export async function outcomeOf(job: SmsJob, result: ParseResult, attempts: number): Promise<SmsOutcome> {
  return outcomeOfReading(job, result, stateOf(result, job.body, job.sender), attempts);
}
