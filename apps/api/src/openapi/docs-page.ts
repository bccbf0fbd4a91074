/**
 * The API reference page (`/docs`): Scalar over `/openapi.json`. Both scripts are this Worker's own
 * assets (scripts/build-reference.mjs); the page has no inline script, and the CSP below lets it
 * load and call nothing but this origin.
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>smsledger API reference</title>
</head>
<body>
<noscript>This page needs JavaScript. The OpenAPI 3.1 document is at <a href="/openapi.json">/openapi.json</a>.</noscript>
<div id="reference"></div>
<script src="/reference/scalar.js"></script>
<script src="/reference/init.js"></script>
</body>
</html>
`;

/** Same origin only: no CDN script, font or call. Scalar styles itself with inline styles. */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
].join("; ");
