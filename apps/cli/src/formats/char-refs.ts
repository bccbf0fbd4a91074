// SMS Backup & Restore writes characters outside the BMP (emoji) as two numeric character references, one
// per UTF-16 surrogate: "&#55357;&#56832;". XML forbids surrogate code points, so a conforming parser
// refuses them; this rewrites each pair into the character itself before the parser sees the text.

const REF = "&#(?:x([0-9a-fA-F]{1,6})|(\\d{1,7}));";
const ONE_REF = new RegExp(REF, "g");
const COMPLETE_AT_END = new RegExp(`${REF}$`);
/** The longest reference, "&#x10FFFF;" or "&#1114111;", is 10 characters. */
const MAX_REF = 10;

const codeOf = (hex: string | undefined, dec: string | undefined): number => (hex ? parseInt(hex, 16) : Number(dec));
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Replaces surrogate references in one piece of text: a pair by its character, a lone one by U+FFFD. */
export function decodeSurrogateRefs(text: string): string {
  const refs = [...text.matchAll(ONE_REF)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    code: codeOf(m[1], m[2]),
  }));
  let out = "";
  let copied = 0;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    if (!isHigh(ref.code) && !isLow(ref.code)) continue;
    out += text.slice(copied, ref.at);
    const next = refs[i + 1];
    if (isHigh(ref.code) && next && next.at === ref.end && isLow(next.code)) {
      out += String.fromCharCode(ref.code, next.code);
      copied = next.end;
      i++;
    } else {
      out += "\uFFFD";
      copied = ref.end;
    }
  }
  return out + text.slice(copied);
}

/**
 * Where to cut a chunk so that no reference, or pair of references, is split: before the last "&" near the
 * end, and before the complete reference just ahead of it, if any (it may be the first of a pair).
 */
function carryFrom(text: string): number {
  const last = text.lastIndexOf("&");
  if (last < 0 || text.length - last > MAX_REF) return text.length;
  const before = COMPLETE_AT_END.exec(text.slice(Math.max(0, last - MAX_REF), last));
  return before ? last - before[0].length : last;
}

/** A stateful version for a stream of chunks: a reference split across two chunks is decoded whole. */
export function surrogateRefDecoder(): { push: (chunk: string) => string; end: () => string } {
  let carry = "";
  return {
    push(chunk) {
      const text = carry + chunk;
      const cut = carryFrom(text);
      carry = text.slice(cut);
      return decodeSurrogateRefs(text.slice(0, cut));
    },
    end() {
      const rest = decodeSurrogateRefs(carry);
      carry = "";
      return rest;
    },
  };
}
