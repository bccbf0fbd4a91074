"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createIngestApi = createIngestApi;
var index_1 = require("./index");
var retryAfter = function (res) {
    var value = Number(res.headers.get("retry-after"));
    return Number.isFinite(value) && value > 0 ? value : undefined;
};
var isNdjsonAnswer = function (body) {
    return typeof body === "object" && body !== null && "rejected" in body && "ingestion_id" in body;
};
function problemOf(res) {
    return __awaiter(this, void 0, void 0, function () {
        var text, body;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, res.text()];
                case 1:
                    text = _a.sent();
                    try {
                        body = JSON.parse(text);
                        if (typeof body === "object" && body !== null && "error" in body)
                            return [2 /*return*/, body];
                    }
                    catch (_b) { }
                    return [2 /*return*/, { error: "http_".concat(res.status), message: text.slice(0, 200) || res.statusText }];
            }
        });
    });
}
/** The CLI's API over the typed client: NDJSON uploads (re-send from `resume_from_line`) and ingestion progress. */
function createIngestApi(baseUrl, key, fetchImpl) {
    if (fetchImpl === void 0) { fetchImpl = fetch; }
    var client = (0, index_1.createClient)(baseUrl, { key: key, fetch: fetchImpl });
    return {
        postNdjson: function (lines) {
            return __awaiter(this, void 0, void 0, function () {
                var headers, res, answer, problem;
                return __generator(this, function (_a) {
                    switch (_a.label) {
                        case 0:
                            headers = { authorization: "Bearer ".concat(key), "content-type": "application/x-ndjson" };
                            return [4 /*yield*/, fetchImpl(client.v1.sms.$url(), { method: "POST", headers: headers, body: "".concat(lines.join("\n"), "\n") })];
                        case 1:
                            res = _a.sent();
                            if (!(res.status === 202)) return [3 /*break*/, 3];
                            return [4 /*yield*/, res.json()];
                        case 2:
                            answer = _a.sent();
                            if (isNdjsonAnswer(answer))
                                return [2 /*return*/, { kind: "accepted", answer: answer }];
                            return [2 /*return*/, { kind: "error", status: 202, problem: { error: "unexpected_answer", message: "not an NDJSON answer" }, retryAfterSeconds: undefined }];
                        case 3: return [4 /*yield*/, problemOf(res)];
                        case 4:
                            problem = _a.sent();
                            if (isNdjsonAnswer(problem) && problem.incomplete) {
                                return [2 /*return*/, { kind: "stopped", status: res.status, answer: problem, problem: problem, retryAfterSeconds: retryAfter(res) }];
                            }
                            return [2 /*return*/, { kind: "error", status: res.status, problem: problem, retryAfterSeconds: retryAfter(res) }];
                    }
                });
            });
        },
        getIngestion: function (id) {
            return __awaiter(this, void 0, void 0, function () {
                var res, _a, _b, _c;
                return __generator(this, function (_d) {
                    switch (_d.label) {
                        case 0: return [4 /*yield*/, client.v1.ingestions[":id"].$get({ param: { id: id } })];
                        case 1:
                            res = _d.sent();
                            if (res.status === 404)
                                return [2 /*return*/, undefined];
                            if (!(res.status !== 200)) return [3 /*break*/, 3];
                            _a = Error.bind;
                            _c = (_b = "GET /v1/ingestions/".concat(id, ": ").concat(res.status, " ")).concat;
                            return [4 /*yield*/, res.text()];
                        case 2: throw new (_a.apply(Error, [void 0, _c.apply(_b, [_d.sent()])]))();
                        case 3: return [4 /*yield*/, res.json()];
                        case 4: return [2 /*return*/, _d.sent()];
                    }
                });
            });
        },
        ingestionUrl: function (id) { return client.v1.ingestions[":id"].$url({ param: { id: id } }).toString(); },
    };
}
