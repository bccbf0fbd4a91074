import { requireUser } from "../middleware/auth";
import { ingestionRoutes } from "../routes/ingestions";
import { reviewRoutes } from "../routes/review";
import { smsRoutes } from "../routes/sms";
import { summaryRoutes } from "../routes/summary";
import { transactionRoutes } from "../routes/transactions";
import { guardedApp } from "./guarded";

/** User routes, mounted at `/v1`: each needs a user's API key (`Authorization: Bearer <key>`). */
export const userApp = guardedApp(requireUser)
  .route("/sms", reviewRoutes)
  .route("/sms", smsRoutes)
  .route("/ingestions", ingestionRoutes)
  .route("/transactions", transactionRoutes)
  .route("/summary", summaryRoutes);
