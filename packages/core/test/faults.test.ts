import { describe, expect, it } from "vitest";
import {
  failIfPoisoned,
  InjectedFault,
  maybeFail,
  NO_FAULTS,
  parseFaults,
  POISON_MARKER,
  secretsEqual,
} from "../src/index";

describe("fault injection", () => {
  it("reads rates from FAULTS outside production", () => {
    expect(parseFaults("consumer_throw=0.2, d1_fail=0.5,upstream_fail=2,bogus=1", "development")).toEqual({
      consumerThrow: 0.2,
      d1Fail: 0.5,
      upstreamFail: 1,
      poison: 0,
    });
  });
  it("can never be turned on in production", () => {
    expect(parseFaults("consumer_throw=1,d1_fail=1", "production")).toEqual(NO_FAULTS);
    expect(parseFaults(undefined, "development")).toEqual(NO_FAULTS);
  });
  it("throws at the configured rate", () => {
    const rates = parseFaults("d1_fail=0.25", "test");
    expect(() => maybeFail("d1Fail", rates, () => 0.1)).toThrow(InjectedFault);
    expect(() => maybeFail("d1Fail", rates, () => 0.3)).not.toThrow();
    expect(() => maybeFail("consumerThrow", rates, () => 0)).not.toThrow();
  });
  it("fails a write only when one of its bodies carries the poison marker", () => {
    const rates = parseFaults("poison=1", "test");
    expect(() => failIfPoisoned(["Rs 5 debited", `x ${POISON_MARKER} y`], rates)).toThrow("injected fault: poison");
    expect(() => failIfPoisoned(["Rs 5 debited", "[[fault:other]]"], rates)).not.toThrow();
    expect(() => failIfPoisoned([POISON_MARKER], parseFaults("poison=1", "production"))).not.toThrow();
  });
});

describe("secretsEqual", () => {
  it("accepts only the exact secret", async () => {
    expect(await secretsEqual("s3cret-token", "s3cret-token")).toBe(true);
    expect(await secretsEqual("s3cret-tokem", "s3cret-token")).toBe(false);
    expect(await secretsEqual("", "s3cret-token")).toBe(false);
    expect(await secretsEqual("", "")).toBe(false);
  });
});
