import type { ApiEnv } from "@smsledger/config/env";
import type { Db } from "@smsledger/db";

/** Hono environment of the API Worker. */
export interface AppEnv {
  Bindings: ApiEnv;
  Variables: {
    db: Db;
    userId: string;
  };
}
