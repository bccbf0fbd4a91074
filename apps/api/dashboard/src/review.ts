// "Needs your review": the user's needs_review SMS (GET /v1/sms?state=needs_review) and a form that resolves
// one (POST /v1/sms/:id/resolve). The form's fields and choices are read from the route's own definition
// in /openapi.json, so a field or enum value added to core's schema appears here without a change.
import { ApiError, getJson, postJson } from "./api";
import type { ReviewItem } from "./types";

/** The JSON Schema of one body field, as zod writes it (a nullable field is `anyOf: [field, {type: "null"}]`). */
interface FieldSchema {
  type?: string | string[];
  enum?: string[];
  anyOf?: FieldSchema[];
  description?: string;
  $ref?: string;
  properties?: Record<string, FieldSchema>;
}

interface Field {
  name: string;
  choices: string[] | null;
}

const RESOLVE_PATH = "/v1/sms/{id}/resolve";

/** The resolve route's body fields, from the OpenAPI document the API generates from its route definitions. */
async function resolutionFields(): Promise<Field[]> {
  const doc = (await (await fetch("/openapi.json", { cache: "no-store" })).json()) as {
    paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: FieldSchema }> } } }>;
    components?: { schemas?: Record<string, FieldSchema> };
  };
  let schema = doc.paths[RESOLVE_PATH]?.post?.requestBody?.content["application/json"]?.schema;
  if (schema?.$ref) schema = doc.components?.schemas?.[schema.$ref.split("/").pop() ?? ""];
  return Object.entries(schema?.properties ?? {})
    .filter(([name]) => name !== "not_transaction")
    .map(([name, field]) => {
      const variants = [field, ...(field.anyOf ?? [])];
      return { name, choices: variants.find((v) => v.enum)?.enum ?? null };
    });
}

/** Examples of the formats the API takes (values as the SMS prints them). */
const PLACEHOLDERS: Record<string, string> = {
  amount: "1250.00",
  balance: "18040.50",
  date: "2026-11-20T09:15:00+05:30",
};

function input(field: Field): HTMLElement {
  const label = document.createElement("label");
  label.textContent = field.name;
  const control = field.choices ? document.createElement("select") : document.createElement("input");
  control.name = field.name;
  if (control instanceof HTMLSelectElement) {
    for (const value of ["", ...(field.choices ?? [])]) control.add(new Option(value || "—", value));
  } else {
    control.autocomplete = "off";
    control.placeholder = PLACEHOLDERS[field.name] ?? "";
  }
  label.appendChild(control);
  return label;
}

export class ReviewView {
  private readonly table: HTMLTableSectionElement;
  private readonly form: HTMLFormElement;
  private readonly selected: HTMLElement;
  private readonly status: HTMLElement;
  private items: ReviewItem[] = [];
  private loaded = false;

  constructor(
    root: HTMLElement,
    private readonly key: string,
    private readonly changed: () => void,
  ) {
    this.table = root.querySelector<HTMLTableSectionElement>("#review tbody")!;
    this.form = root.querySelector<HTMLFormElement>("#resolve")!;
    this.selected = root.querySelector<HTMLElement>("#resolve-sms")!;
    this.status = root.querySelector<HTMLElement>("#resolve-status")!;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      const notTransaction = (event.submitter as HTMLButtonElement | null)?.value === "not_transaction";
      void this.submit(notTransaction);
    });
  }

  /** Builds the form's fields once, from the route's definition. */
  async load(): Promise<void> {
    if (this.loaded) return;
    const fields = this.form.querySelector<HTMLElement>(".fields")!;
    fields.replaceChildren(...(await resolutionFields()).map(input));
    this.loaded = true;
  }

  render(items: ReviewItem[]): void {
    this.items = items;
    const rows = items.map((sms) => {
      const tr = document.createElement("tr");
      tr.dataset.id = sms.id;
      for (const text of [new Date(sms.received_at).toLocaleString(), sms.sender, sms.body]) {
        tr.appendChild(document.createElement("td")).textContent = text;
      }
      const button = tr.appendChild(document.createElement("td")).appendChild(document.createElement("button"));
      button.type = "button";
      button.textContent = "Resolve";
      button.addEventListener("click", () => this.select(sms));
      return tr;
    });
    if (!rows.length) {
      const td = document.createElement("tr").appendChild(document.createElement("td"));
      td.colSpan = 4;
      td.textContent = "Nothing to review.";
      rows.push(td.parentElement as HTMLTableRowElement);
    }
    this.table.replaceChildren(...rows);
    this.table.parentElement!.dataset.rows = String(items.length);
    const current = this.form.dataset.id;
    if (current && !items.some((i) => i.id === current)) this.select(null);
  }

  private select(sms: ReviewItem | null): void {
    this.form.hidden = !sms;
    this.form.reset();
    this.status.textContent = "";
    if (sms) this.form.dataset.id = sms.id;
    else delete this.form.dataset.id;
    this.selected.textContent = sms ? `${sms.sender}: ${sms.body}` : "";
  }

  private async submit(notTransaction: boolean): Promise<void> {
    const id = this.form.dataset.id;
    if (!id) return;
    const body: Record<string, unknown> = {};
    if (notTransaction) body.not_transaction = true;
    else {
      for (const [name, value] of new FormData(this.form))
        if (typeof value === "string" && value.trim()) body[name] = value.trim();
    }
    this.status.textContent = "saving…";
    try {
      await postJson(`/v1/sms/${encodeURIComponent(id)}/resolve`, this.key, body);
      this.status.textContent = "";
      this.render(this.items.filter((i) => i.id !== id));
      this.changed();
    } catch (error) {
      this.status.textContent = error instanceof ApiError ? error.message : String(error);
    }
  }

  static async fetch(key: string, bad: string): Promise<ReviewItem[]> {
    return (await getJson<{ items: ReviewItem[] }>("/v1/sms?state=needs_review&limit=50", key, bad)).items;
  }
}
