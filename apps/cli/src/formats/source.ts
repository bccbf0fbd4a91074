import { createReadStream, type ReadStream } from "node:fs";

/** A file read as UTF-8 text in chunks, with how many bytes were read so far (for the progress bar). */
export interface Source {
  stream: ReadStream;
  bytesRead: () => number;
}

export function openSource(file: string): Source {
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  return { stream, bytesRead: () => stream.bytesRead };
}

/** A clear error for a file that is not in the format it was read as. */
export class BadFile extends Error {
  override name = "BadFile";
}
