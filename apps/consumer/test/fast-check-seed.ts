// Setup file: this run's fast-check seed (fresh, or FC_SEED to replay), see @smsledger/config/testing.
import { useFastCheckSeed } from "@smsledger/config/testing";
import fc from "fast-check";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

useFastCheckSeed(fc, inject("fcSeed"));
