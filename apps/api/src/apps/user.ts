import { requireUser } from "../middleware/auth";
import { ingestionRoutes } from "../routes/ingestions";
import { reviewRoutes } from "../routes/review";
import { smsRoutes } from "../routes/sms";
import { summaryRoutes } from "../routes/summary";
import { transactionRoutes } from "../routes/transactions";
import { guardedApp } from "./guarded";

/** User routes, mounted at `/v1`: each needs a user's API key (`Authorization: Bearer <key>`). */
export const userApp = guardedApp(requireUser);

userApp.route("/sms", reviewRoutes);
userApp.route("/sms", smsRoutes);
userApp.route("/ingestions", ingestionRoutes);
userApp.route("/transactions", transactionRoutes);
userApp.route("/summary", summaryRoutes);
