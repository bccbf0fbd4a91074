import { ACCOUNT_KINDS, CATEGORIES, DIRECTIONS, INTENTS, METHODS, SMS_STATES } from "@smsledger/core";
import { describe, expect, it } from "vitest";
import { sms, transactions } from "../src/schema";

// The enum columns must be typed by core's lists themselves (the same arrays), never by a copy of them.
describe("enum columns take core's value lists", () => {
  it.each([
    ["sms.state", sms.state.enumValues, SMS_STATES],
    ["sms.intent", sms.intent.enumValues, INTENTS],
    ["transactions.intent", transactions.intent.enumValues, INTENTS],
    ["transactions.direction", transactions.direction.enumValues, DIRECTIONS],
    ["transactions.account_kind", transactions.accountKind.enumValues, ACCOUNT_KINDS],
    ["transactions.method", transactions.method.enumValues, METHODS],
    ["transactions.category", transactions.category.enumValues, CATEGORIES],
    ["transactions.user_category", transactions.userCategory.enumValues, CATEGORIES],
  ] as const)("%s", (_, column, core) => {
    expect(column).toBe(core);
  });
});
