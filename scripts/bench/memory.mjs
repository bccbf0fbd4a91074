// Memory of a process tree from /proc: VmHWM (peak RSS of each process) summed over the tree, and a
// sampler of the summed current RSS (VmRSS), whose maximum is the tree's peak at the same instant.
import { readdirSync, readFileSync } from "node:fs";

function status(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpuS = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? "?", hwmKb: kb("VmHWM"), rssKb: kb("VmRSS"), cpuS };
  } catch {
    return null;
  }
}

function parents() {
  const map = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(Number(entry), ppid);
    } catch {}
  }
  return map;
}

/** The given pids and all their descendants. */
export function tree(rootPids) {
  const ppid = parents();
  const all = new Set(rootPids.filter((p) => ppid.has(p)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) if (all.has(parent) && !all.has(pid)) all.add(pid), (grew = true);
  }
  return [...all];
}

/** Per-process and summed memory of the trees under rootPids, in MiB. */
export function snapshot(rootPids) {
  const processes = tree(rootPids)
    .map((pid) => ({ pid, ...status(pid) }))
    .filter((p) => p.name !== undefined && p.hwmKb !== undefined);
  const mib = (kb) => Math.round((kb / 1024) * 10) / 10;
  return {
    hwm_sum_mib: mib(processes.reduce((s, p) => s + p.hwmKb, 0)),
    rss_sum_mib: mib(processes.reduce((s, p) => s + p.rssKb, 0)),
    processes: processes.map((p) => ({
      pid: p.pid,
      name: p.name,
      hwm_mib: mib(p.hwmKb),
      rss_mib: mib(p.rssKb),
      cpu_s: p.cpuS,
    })),
  };
}

/** Samples the summed RSS every intervalMs; stop() returns {peak_rss_sum_mib, last} . */
export function sampler(rootPids, intervalMs = 500) {
  let peak = 0;
  let last = null;
  const tick = () => {
    last = snapshot(rootPids);
    peak = Math.max(peak, last.rss_sum_mib);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { peak_rss_sum_mib: peak, last };
    },
  };
}

/** CPU seconds per thread name of a process (workerd runs every Worker, D1, KV and Queue on one thread). */
export function threadCpu(pid) {
  const out = {};
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim();
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const key = `${name}#${tid === String(pid) ? "main" : "other"}`;
        out[key] = Math.round(((out[key] ?? 0) + (Number(f[11]) + Number(f[12])) / 100) * 100) / 100;
      } catch {}
    }
  } catch {}
  return out;
}
