/** Formats integer minor units as a decimal string in major units: 150000 -> "1500.00". */
export function formatMinor(minor: number, exponent = 2): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  if (exponent === 0) return `${sign}${abs}`;
  const scale = 10 ** exponent;
  const whole = Math.trunc(abs / scale);
  const frac = String(abs % scale).padStart(exponent, "0");
  return `${sign}${whole}.${frac}`;
}

/** Parses a decimal string in major units into integer minor units; null when it is not a plain decimal. */
export function parseDecimalToMinor(text: string, exponent = 2): number | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, minus, whole = "0", frac = ""] = match;
  if (frac.length > exponent) return null;
  const minor = Number(whole) * 10 ** exponent + Number(frac.padEnd(exponent, "0") || "0");
  if (!Number.isSafeInteger(minor)) return null;
  return minus ? -minor : minor;
}
