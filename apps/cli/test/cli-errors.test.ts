// The CLI's own errors, before any upload: usage (exit 2) and files it cannot read (exit 1, JSON last line).
import { describe, expect, it } from "vitest";
import { fixture } from "./read";
import { lastJson, runCli } from "./stack";

// Nothing listens here: these runs must fail before any HTTP call.
const env = {
  SMSLEDGER_URL: "http://127.0.0.1:9",
  SMSLEDGER_API_KEY: "sl_unused",
  SMSLEDGER_IMPORT_STATE_DIR: "/tmp/smsledger-cli-errors",
};

describe("smsledger import: errors", () => {
  it("names a missing URL or key, a bad --format or --batch (exit 2)", async () => {
    const noUrl = await runCli(["import", fixture("android.csv")], { ...env, SMSLEDGER_URL: "" }).done;
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain("--url: missing (or set SMSLEDGER_URL)");
    const noKey = await runCli(["import", fixture("android.csv")], { ...env, SMSLEDGER_API_KEY: "" }).done;
    expect(noKey.stderr).toContain("--key: missing (or set SMSLEDGER_API_KEY)");
    const format = await runCli(["import", fixture("android.csv"), "--format", "vcf"], env).done;
    expect(format.code).toBe(2);
    expect(format.stderr.split("\n")[0]).toBe(
      "smsledger import: --format: vcf is not one of auto, xml, json, ndjson, csv",
    );
    const batch = await runCli(["import", fixture("android.csv"), "--batch", "0"], env).done;
    expect(batch.stderr).toContain("--batch: 0 is not a whole number from 1 to 250000");
  });

  it("refuses a file it cannot read, with the reason as the last JSON line (exit 1)", async () => {
    const missing = await runCli(["import", fixture("nope.xml")], env).done;
    expect(missing.code).toBe(1);
    const message = `${fixture("nope.xml")}: no such file or not readable`;
    expect(lastJson(missing.stdout)).toEqual({ error: "bad_file", message });
    const broken = await runCli(["import", fixture("broken.xml")], env).done;
    expect(broken.code).toBe(1);
    expect(lastJson<{ message: string }>(broken.stdout).message).toMatch(/^not well-formed XML: /);
    const csv = await runCli(["import", fixture("contacts.csv")], env).done;
    expect(lastJson<{ message: string }>(csv.stdout).message).toMatch(/^CSV header lacks body/);
  });
});
