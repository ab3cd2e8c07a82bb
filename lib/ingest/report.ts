import type { IngestEntry } from "./types";

/** Counts behind the one-line summary of an ingestion run. */
export interface ReportSummary {
  files: number;
  indexed: number;
  merged: number;
  skipped: number;
  /** Indexed articles with at least one guessed field. */
  guessed: number;
  /** Sub-folders and sidecars: listed in the report, not counted as files. */
  folder: number;
  sidecar: number;
}

export function summarizeReport(report: IngestEntry[]): ReportSummary {
  const s: ReportSummary = { files: 0, indexed: 0, merged: 0, skipped: 0, guessed: 0, folder: 0, sidecar: 0 };
  for (const r of report) {
    s[r.status]++;
    if (r.status !== "folder" && r.status !== "sidecar") s.files++;
    if (r.status === "indexed" && r.warnings.length > 0) s.guessed++;
  }
  return s;
}

/** "30 files → 28 indexed, 1 merged, 1 skipped, 4 with guessed fields" (then folders and sidecars, if any). */
export function formatSummary(report: IngestEntry[]): string {
  const s = summarizeReport(report);
  const line = `${s.files} files → ${s.indexed} indexed, ${s.merged} merged, ${s.skipped} skipped, ${s.guessed} with guessed fields`;
  const extra = [
    s.folder ? `${s.folder} folder${s.folder > 1 ? "s" : ""}` : "",
    s.sidecar ? `${s.sidecar} sidecar${s.sidecar > 1 ? "s" : ""}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return extra ? `${line} (and ${extra})` : line;
}

/** What --strict refuses: anything skipped, or any field guessed. */
export function strictFailures(report: IngestEntry[]): IngestEntry[] {
  return report.filter((r) => r.status === "skipped" || r.warnings.length > 0);
}

/** The --json shape: one object per input file, fields in a fixed order. */
export function reportJson(report: IngestEntry[]): string {
  const rows = report.map((r) => ({
    file: r.file,
    status: r.status,
    reason: r.reason,
    id: r.id,
    title: r.title,
    date: r.date,
    year: r.year,
    organizers: r.organizers,
    author: r.author,
    source: r.source,
    warnings: r.warnings,
  }));
  return JSON.stringify(rows, null, 2);
}

const width = (s: string) => [...s.normalize("NFC")].length;
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const cut = (s: string, n: number) => (width(s) > n ? `${[...s.normalize("NFC")].slice(0, n - 1).join("")}…` : s);

/**
 * A readable table for a terminal: one row per file with status, date and
 * organizers, then the reason or warnings indented below it.
 */
export function formatReportTable(report: IngestEntry[], columns = 120): string {
  const fileW = Math.min(40, Math.max(4, ...report.map((r) => width(r.file))));
  const statusW = 8;
  const dateW = 10;
  const restW = Math.max(20, columns - fileW - statusW - dateW - 6);
  const lines = [
    `${pad("FILE", fileW)}  ${pad("STATUS", statusW)}  ${pad("DATE", dateW)}  ORGANIZERS / TITLE`,
    `${"-".repeat(fileW)}  ${"-".repeat(statusW)}  ${"-".repeat(dateW)}  ${"-".repeat(Math.min(restW, 40))}`,
  ];
  for (const r of report) {
    const when = r.date ?? (r.year ? String(r.year) : "–");
    const what = r.status === "indexed" ? r.organizers.join("; ") || "(no organizer)" : (r.reason ?? "");
    lines.push(
      `${pad(cut(r.file, fileW), fileW)}  ${pad(r.status, statusW)}  ${pad(when, dateW)}  ${cut(what, restW)}`,
    );
    if (r.status === "indexed" && r.title)
      lines.push(`${" ".repeat(fileW + statusW + dateW + 6)}${cut(r.title, restW)}`);
    for (const w of r.warnings) lines.push(`${" ".repeat(fileW + 2)}! ${w}`);
  }
  lines.push("", formatSummary(report));
  return lines.join("\n");
}

/** "[########------------]  1200/5000" for a progress line on stderr. */
export function progressBar(done: number, total: number, barWidth = 30): string {
  const frac = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(frac * barWidth);
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${String(done).padStart(String(total).length)}/${total}`;
}
