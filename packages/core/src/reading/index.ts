export { DEFAULT_READ_SETTINGS, readMessages } from "./read-batch";
export type { ReadPorts, ReadSettings } from "./read-batch";
export type { Pending, PermitSource, ReadCounters, ReadPath, Resolution, UpstreamClient } from "./ports";
export { learnFromReading } from "./learn-reading";
export type { LearnedReading } from "./learn-reading";
export { ruleVerdict, unconfirmed } from "./trust";
export type { RuleVerdict } from "./trust";
export { AskLeases } from "./ask-leases";
export type { AskRules, AskVerdict, FormatAsk } from "./ask-leases";
