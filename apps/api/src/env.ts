import type { ApiEnv } from "./bindings";
import type { Db } from "@smsledger/db";

/** Hono environment of the API Worker. */
export interface AppEnv {
  Bindings: ApiEnv;
  Variables: {
    /** The directory database (`DB`) on admin and public routes; the user's bucket database on user routes. */
    db: Db;
    userId: string;
  };
}
