export { startFakeLlm, smsFromRequest } from "./server";
export type { FakeLlm } from "./server";
export { DEFAULT_OPTIONS, normaliseOptions, optionsFromCli, USAGE } from "./options";
export type { FakeLlmOptions } from "./options";
export { answerFromParser, parseResultToAnswer, loadFixtures, toAnswer } from "./answers";
export type { Stats } from "./stats";
