import { describe, expect, it } from "vitest";
import { call } from "./helpers";

describe("OpenAPI", () => {
  it("serves an OpenAPI 3.1 document generated from the zod schemas", async () => {
    const res = await call("/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
      components: {
        schemas: Record<string, { properties?: Record<string, { maxLength?: number }>; required?: string[] }>;
      };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/v1/sms", "/v1/transactions", "/v1/summary", "/v1/metrics", "/health"]),
    );
    // Straight from the zod schema: the body cap and the required fields.
    expect(doc.components.schemas.IncomingSms?.properties?.body?.maxLength).toBe(4096);
    expect(doc.components.schemas.IncomingSms?.required).toEqual(
      expect.arrayContaining(["sender", "body", "received_at"]),
    );
    expect(doc.paths["/v1/transactions"]?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(["from", "to", "direction", "min_amount", "counterparty", "category", "cursor"]),
    );
  });

  it("serves a docs page", async () => {
    const res = await call("/docs");
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("/openapi.json");
  });
});
