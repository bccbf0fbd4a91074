// Android "SMS Backup & Restore" (SyncTech) XML: <smses count="N"><sms address body date type …/> … <mms>…</mms></smses>.
// Streamed through sax: only the current element's attributes are ever held.
import sax from "sax";
import { type SourceRecord, toRecord } from "../records";
import { readDate } from "../time";
import { surrogateRefDecoder } from "./char-refs";
import { BadFile, type Source } from "./source";

/** `type` of an <sms>: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued. */
const INBOX = "1";
const SENT = "2";

export async function* readBackupXml(source: Source): AsyncGenerator<SourceRecord> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const out: SourceRecord[] = [];
  let smsCount = 0;
  let depth = 0;
  let sawRoot = false;
  let failure: Error | undefined;

  parser.onopentag = (tag) => {
    depth++;
    if (depth === 1) {
      if (tag.name !== "smses") {
        failure = new BadFile(`not an SMS Backup & Restore file: the root element is <${tag.name}>, not <smses>`);
      }
      sawRoot = true;
      return;
    }
    if (depth !== 2) return; // inside an <mms>: its <parts> and <addrs>
    const at = `<${tag.name}> #${++smsCount} (line ${parser.line + 1})`;
    if (tag.name === "mms") return void out.push({ kind: "skip", reason: "mms", at });
    if (tag.name !== "sms") return void smsCount--;
    const attrs = tag.attributes as Record<string, string>;
    const type = attrs.type ?? INBOX;
    if (type === SENT) return void out.push({ kind: "skip", reason: "sent", at });
    if (type !== INBOX) return void out.push({ kind: "skip", reason: "other_box", at });
    out.push(toRecord({ sender: attrs.address, body: attrs.body, received_at: readDate(attrs.date) }, at));
  };
  parser.onclosetag = () => void depth--;
  parser.onerror = (error) => {
    // A character reference XML forbids (e.g. "&#0;") stays as its text; anything else means a broken file.
    if (!/Invalid character entity/.test(error.message)) {
      failure ??= new BadFile(`not well-formed XML: ${error.message.split("\n").join(", ")}`);
    }
    parser.resume();
  };

  const refs = surrogateRefDecoder();
  for await (const chunk of source.stream as AsyncIterable<string>) {
    parser.write(refs.push(chunk));
    if (failure) throw failure;
    yield* out.splice(0);
  }
  parser.write(refs.end()).close();
  if (failure) throw failure;
  if (!sawRoot) throw new BadFile("not an SMS Backup & Restore file: no <smses> element");
  yield* out.splice(0);
}
