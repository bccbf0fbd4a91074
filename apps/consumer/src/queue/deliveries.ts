import { jobsOfBody, type SmsJob } from "@smsledger/core";

/** One job as delivered: the message that carries it (a pack or a single job) and its attempt count. */
export interface Delivery {
  message: Message<unknown>;
  job: SmsJob;
  /** The job's delivery number: its deliveries in earlier messages (re-sent out of a pack) plus this message's. */
  attempts: number;
}

/** A delivered message and the jobs it carries. */
export interface Carrier {
  message: Message<unknown>;
  deliveries: Delivery[];
}

/**
 * The jobs of a batch, message by message. A malformed message cannot be stored anywhere, so it is
 * logged and acked here.
 */
export function carriersOf(batch: MessageBatch<unknown>): Carrier[] {
  const carriers: Carrier[] = [];
  for (const message of batch.messages) {
    const jobs = jobsOfBody(message.body);
    if (!jobs) {
      console.error("dropping malformed queue message", message.id);
      message.ack();
      continue;
    }
    const deliveries = jobs.map((job) => ({ message, job, attempts: (job.prior_attempts ?? 0) + message.attempts }));
    carriers.push({ message, deliveries });
  }
  return carriers;
}
