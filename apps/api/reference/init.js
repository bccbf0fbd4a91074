// Starts the API reference page (/docs) on this API's own /openapi.json. Served beside scalar.js from
// the Worker's assets (scripts/build-reference.mjs copies both into public/reference/); nothing loads
// from another origin: Scalar's default web fonts are off.
/* global Scalar */
Scalar.createApiReference("#reference", {
  url: "/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: false,
});
