import { fnv1a64Hex } from "../templates/hash";
import { UPSTREAM_ANSWER_JSON_SCHEMA } from "./json-schema";
import { EXTRACTION_SYSTEM_PROMPT } from "./prompt";

/**
 * Version of what the upstream is asked (system prompt and answer schema): a hash of both, so that any
 * change to either yields a new version. Recipes record it (`learnedWith`); recipes learned under
 * another version are not used.
 */
export const UPSTREAM_VERSION = `u1-${fnv1a64Hex(`${EXTRACTION_SYSTEM_PROMPT}\n${JSON.stringify(UPSTREAM_ANSWER_JSON_SCHEMA)}`)}`;
