import type { Article } from "../../lib/ingest";
import type { Engine } from "../../lib/search";
import type { Ranker } from "../baseline";
import { type QueryScores, type Summary, scoreQuery, summarize } from "./metrics";

/** One judged query of data/eval/queries.json. */
export interface JudgedQuery {
  q: string;
  class: string;
  /** The concept the searcher means, as written Vietnamese; null for a query with no answer. */
  about?: string | null;
  /** "nfd": send the query decomposed, as some keyboards and pastes do. */
  form?: "nfd";
  /** Article (by path from the repository root) → grade 1–3. Empty: the corpus has no answer. */
  relevant: Record<string, number>;
}

/** Validates the judged query set against the corpus it is about. */
export function parseJudgedQueries(raw: unknown, knownIds: ReadonlySet<string>): JudgedQuery[] {
  const list = (raw as { queries?: unknown })?.queries;
  if (!Array.isArray(list)) throw new Error("queries.json: expected { queries: [...] }");
  return list.map((item, i) => {
    const where = `queries.json: query ${i}`;
    const q = item as JudgedQuery;
    if (typeof q.q !== "string" || typeof q.class !== "string" || typeof q.relevant !== "object" || q.relevant === null)
      throw new Error(`${where}: needs q, class and relevant`);
    for (const [id, grade] of Object.entries(q.relevant)) {
      if (!knownIds.has(id)) throw new Error(`${where} ("${q.q}"): unknown article ${id}`);
      if (![1, 2, 3].includes(grade)) throw new Error(`${where} ("${q.q}"): grade of ${id} must be 1, 2 or 3`);
    }
    return q;
  });
}

/** The query as the searcher sends it. */
export function queryText(q: JudgedQuery): string {
  return q.form === "nfd" ? q.q.normalize("NFD") : q.q;
}

/** How many results each system shows: the first page. */
export const CUTOFF = 10;

export function engineRanker(engine: Engine): Ranker {
  return {
    rank(q) {
      const r = engine.search({
        q,
        organizers: [],
        years: [],
        provinces: [],
        sort: "relevance",
        page: 1,
        perPage: CUTOFF,
      });
      return { ids: r.hits.map((h) => h.id), claimsMatch: r.total > 0 && !r.approximate };
    },
  };
}

export interface QueryResult {
  query: JudgedQuery;
  scores: Record<string, QueryScores>;
  top: Record<string, string[]>;
}

export interface EvalReport {
  systems: string[];
  classes: string[];
  /** class → system → summary; "all" holds every query. */
  summary: Record<string, Record<string, Summary>>;
  queries: QueryResult[];
}

export function evaluate(systems: Record<string, Ranker>, queries: readonly JudgedQuery[]): EvalReport {
  const names = Object.keys(systems);
  const results: QueryResult[] = queries.map((query) => {
    const rel = new Map(Object.entries(query.relevant));
    const scores: Record<string, QueryScores> = {};
    const top: Record<string, string[]> = {};
    for (const name of names) {
      const { ids, claimsMatch } = systems[name]!.rank(queryText(query));
      const shown = ids.slice(0, CUTOFF);
      scores[name] = scoreQuery(shown, rel, claimsMatch);
      top[name] = shown;
    }
    return { query, scores, top };
  });
  const classes = [...new Set(queries.map((q) => q.class))];
  const summary: EvalReport["summary"] = {};
  for (const c of [...classes, "all"]) {
    summary[c] = {};
    const inClass = results.filter((r) => c === "all" || r.query.class === c);
    for (const name of names) summary[c]![name] = summarize(inClass.map((r) => r.scores[name]!));
  }
  return { systems: names, classes, summary, queries: results };
}

/** A Markdown table: one row per class, MRR / nDCG@10 / success@1 for each system. */
export function formatTable(report: EvalReport): string {
  const f = (x: number) => x.toFixed(3);
  const head = ["class", "n", ...report.systems.flatMap((s) => [`${s} MRR`, `${s} nDCG@10`, `${s} S@1`])];
  const rows = [...report.classes, "all"].map((c) => {
    const s = report.summary[c]!;
    const n = s[report.systems[0]!]!.n;
    return [
      c,
      String(n),
      ...report.systems.flatMap((name) => [f(s[name]!.mrr), f(s[name]!.ndcg10), f(s[name]!.success1)]),
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i < 2 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** Classes where `system` scores below `baseline` on any metric. */
export function regressions(report: EvalReport, system: string, baseline: string): string[] {
  const out: string[] = [];
  for (const c of report.classes) {
    const a = report.summary[c]![system]!;
    const b = report.summary[c]![baseline]!;
    for (const m of ["mrr", "ndcg10", "success1"] as const)
      if (a[m] + 1e-9 < b[m]) out.push(`${c}: ${m} ${a[m].toFixed(3)} < ${b[m].toFixed(3)}`);
  }
  return out;
}

/** Gives every article its path from the repository root as id, so judgments name files. */
export function withRepoIds(articles: readonly Article[], corpusPrefix: string): Article[] {
  return articles.map((a) => ({ ...a, id: `${corpusPrefix}/${a.file}` }));
}
