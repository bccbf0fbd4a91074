"use strict";
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createClient = createClient;
var client_1 = require("hono/client");
/** `createClient(url, { key }).v1.transactions.$get({ query: { limit: "10" } })`, typed end to end. */
function createClient(baseUrl, options) {
    if (options === void 0) { options = {}; }
    var headers = options.key ? { authorization: "Bearer ".concat(options.key) } : {};
    return (0, client_1.hc)(baseUrl.replace(/\/+$/, ""), __assign({ headers: headers }, (options.fetch ? { fetch: options.fetch } : {})));
}
__exportStar(require("./ingest"), exports);
