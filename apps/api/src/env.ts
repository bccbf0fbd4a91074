import type { ApiEnv } from "./bindings";
import type { Db } from "@smsledger/db";

/** Hono environment of the API Worker. */
export interface AppEnv {
  Bindings: ApiEnv;
  Variables: {
    db: Db;
    userId: string;
  };
}
