import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSurrogateRefs, surrogateRefDecoder } from "../src/formats/char-refs";
import { readRecords } from "../src/formats/index";
import { BadFile, openSource } from "../src/formats/source";
import { bodies, kinds, readAll } from "./read";

describe("SMS Backup & Restore XML", () => {
  it("reads inbox SMS, skips sent, drafts and MMS, rejects what cannot be uploaded", async () => {
    const records = await readAll("backup-quirks.xml");
    expect(kinds(records)).toEqual([
      "sms",
      "skip:sent",
      "skip:mms",
      "sms",
      "skip:other_box",
      "invalid",
      "invalid",
      "sms",
    ]);
    const [first] = records;
    expect(first).toMatchObject({
      kind: "sms",
      sms: { sender: "VM-KOTAKB-S", received_at: "2026-12-06T15:10:00.123+05:30" },
    });
    expect(records[5]).toMatchObject({ kind: "invalid", reason: "received_at: no readable date in the record" });
    expect(records[6]).toMatchObject({ kind: "invalid", reason: expect.stringMatching(/^body: /) });
  });

  it("decodes entities, surrogate-pair references to one emoji, and line breaks", async () => {
    const [a, b, lone] = bodies(await readAll("backup-quirks.xml"));
    expect(a).toBe('Rs 4,310.50 debited from a/c XX2207 on 06-12-26 & sent to "PIXEL <CAFE>" UPI ref 611203948577 🚀');
    expect([...a!].at(-1)).toBe("🚀");
    expect(b).toBe("Line one\nLine two: INR 99.00 credited\r\nLine three 😀 'ok'");
    expect(lone).toBe("lone \uFFFD half");
  });

  it("keeps a surrogate pair whole when it is split across chunks", () => {
    const text = 'body="x &#55357;&#56832; y &amp;#55357; z"';
    for (let cut = 0; cut <= text.length; cut++) {
      const decoder = surrogateRefDecoder();
      const out = decoder.push(text.slice(0, cut)) + decoder.push(text.slice(cut)) + decoder.end();
      expect(out, `cut at ${cut}`).toBe('body="x 😀 y &amp;#55357; z"');
    }
    expect(decodeSurrogateRefs("&#65;&#xD83D;&#xDE00;")).toBe("&#65;😀");
  });

  it("streams: a file larger than the read buffer gives every record", async () => {
    const file = join(tmpdir(), `cli15-stream-${process.pid}.xml`);
    const sms = (n: number) =>
      `<sms address="VM-KOTAKB-S" date="${1796550000000 + n}" type="1" body="n ${n} &#55357;&#56960;" />\n`;
    writeFileSync(file, `<smses count="20000">\n${Array.from({ length: 20000 }, (_, n) => sms(n)).join("")}</smses>\n`);
    const seen: string[] = [];
    for await (const record of readRecords("xml", openSource(file)))
      if (record.kind === "sms") seen.push(record.sms.body);
    expect(seen).toHaveLength(20000);
    expect(seen[12345]).toBe("n 12345 🚀");
  });

  it("refuses a broken file or another XML export with a clear error", async () => {
    await expect(readAll("broken.xml")).rejects.toThrow(BadFile);
    await expect(readAll("broken.xml")).rejects.toThrow(/not well-formed XML: .*Line: \d+/);
    await expect(readAll("calls.xml")).rejects.toThrow(/root element is <calls>, not <smses>/);
  });
});
