/**
 * One fast-check seed per test run, fresh every run unless FC_SEED replays one.
 *
 * - vitest.config.ts (Node): `test.provide: { fcSeed: fastCheckSeed(process.env.FC_SEED) }`; `provide`
 *   reaches test files in Node and in workerd alike (the Workers pool has no host process.env).
 * - a setup file per package (test/fast-check-seed.ts, which also types `fcSeed` for `inject`):
 *   `useFastCheckSeed(fc, inject("fcSeed"))` sets it as fast-check's global seed and
 *   prints it once per test file. fast-check's own failure report still shows the seed and the path.
 */

/** The seed to replay (FC_SEED, a 32-bit integer) or a fresh random one. A bad FC_SEED is an error, not ignored. */
export function fastCheckSeed(fromEnv: string | undefined): number {
  if (fromEnv === undefined || fromEnv.trim() === "") return Math.floor(Math.random() * 2 ** 32) - 2 ** 31;
  const seed = Number(fromEnv);
  if (!Number.isSafeInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 31) {
    throw new Error(`FC_SEED must be a 32-bit integer, got ${JSON.stringify(fromEnv)}`);
  }
  return seed;
}

/** The part of fast-check this needs (so that packages/config does not depend on fast-check). */
interface FastCheckGlobals {
  configureGlobal(parameters: { seed: number }): void;
  readConfigureGlobal(): object;
}

/** Makes `seed` fast-check's global seed and prints how to replay this run. */
export function useFastCheckSeed(fc: FastCheckGlobals, seed: number): void {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
  console.log(`fast-check seed: ${seed} (replay: FC_SEED=${seed} pnpm test)`);
}
