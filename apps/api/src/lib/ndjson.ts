/** One line of an NDJSON body: its 1-based number and text, or `tooLong` when it passed the cap. */
export interface NdjsonLine {
  number: number;
  text: string;
  tooLong: boolean;
}

/**
 * Streams the lines of a body without buffering it whole. Blank lines are skipped; a line longer
 * than `maxLineChars` is reported once as too long (its text dropped) instead of growing memory.
 */
export async function* ndjsonLines(body: ReadableStream<Uint8Array>, maxLineChars: number): AsyncGenerator<NdjsonLine> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let number = 0;
  let overflow = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const text = buffer.slice(0, newline).replace(/\r$/, "");
      buffer = buffer.slice(newline + 1);
      number++;
      if (overflow) {
        overflow = false;
        yield { number, text: "", tooLong: true };
      } else if (text.length > maxLineChars) yield { number, text: "", tooLong: true };
      else if (text.trim()) yield { number, text, tooLong: false };
      newline = buffer.indexOf("\n");
    }
    if (buffer.length > maxLineChars) {
      overflow = true;
      buffer = "";
    }
    if (done) break;
  }
  if (overflow || buffer.trim()) {
    number++;
    if (overflow || buffer.length > maxLineChars) yield { number, text: "", tooLong: true };
    else yield { number, text: buffer.replace(/\r$/, ""), tooLong: false };
  }
}
