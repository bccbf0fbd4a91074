// Per-user view: monthly income/expense from GET /v1/summary?group=month and the latest transactions.
import { Panel, setStat } from "./charts";
import type { Summary, Transaction } from "./types";

const money = (amount: string | number) =>
  Number(amount).toLocaleString("en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export class LedgerView {
  private readonly monthly: Panel;
  private readonly table: HTMLTableSectionElement;

  constructor(root: HTMLElement) {
    this.monthly = new Panel(root.querySelector<HTMLElement>('[data-chart="monthly"]')!, {
      type: "bar",
      yTitle: "amount",
    });
    this.table = root.querySelector<HTMLTableSectionElement>("#transactions tbody")!;
  }

  renderSummary(s: Summary): void {
    // Amounts in different currencies do not add up: chart the currency with the most transactions.
    const byCurrency = new Map<string, number>();
    for (const i of s.items) byCurrency.set(i.currency, (byCurrency.get(i.currency) ?? 0) + i.count);
    const currency = [...byCurrency].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    const others = [...byCurrency.keys()].filter((c) => c !== currency);
    const caption = document.getElementById("monthly-currency");
    if (caption)
      caption.textContent = currency ? `(${currency}${others.length ? `; not shown: ${others.join(", ")}` : ""})` : "";
    const items = s.items
      .filter((i) => i.currency === currency)
      .sort((a, b) => (a.key ?? "").localeCompare(b.key ?? ""));
    const totals = s.totals.find((t) => t.currency === currency) ??
      s.totals[0] ?? { income: "0", expense: "0", net: "0", count: 0 };
    this.monthly.update(
      items.map((i) => i.key ?? "(none)"),
      [
        { label: "income", data: items.map((i) => Number(i.income)), color: "#16a34a" },
        { label: "expense", data: items.map((i) => Number(i.expense)), color: "#dc2626" },
      ],
    );
    setStat("stat-income", totals.income, money(totals.income));
    setStat("stat-expense", totals.expense, money(totals.expense));
    setStat("stat-net", totals.net, money(totals.net));
    setStat("stat-count", totals.count);
  }

  renderTransactions(items: Transaction[]): void {
    const rows = items.map((t) => {
      const tr = document.createElement("tr");
      tr.className = t.direction;
      const cells = [
        new Date(t.occurred_at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }),
        t.direction,
        `${t.direction === "debit" ? "−" : "+"}${money(t.amount)} ${t.currency}`,
        t.counterparty ?? "",
        t.category ?? "",
        [t.institution, t.account].filter(Boolean).join(" "),
      ];
      for (const text of cells) tr.appendChild(document.createElement("td")).textContent = text;
      return tr;
    });
    if (!rows.length) {
      const tr = document.createElement("tr");
      const td = tr.appendChild(document.createElement("td"));
      td.colSpan = 6;
      td.textContent = "No transactions yet.";
      rows.push(tr);
    }
    this.table.replaceChildren(...rows);
    this.table.parentElement!.dataset.rows = String(items.length);
  }
}
