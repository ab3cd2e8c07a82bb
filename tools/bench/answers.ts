import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readArtifact, servedDir, writeArtifact } from "../../lib/artifact";
import { canonicalName, ingestCorpus, loadCurated } from "../../lib/ingest";
import type { SearchRequest, SearchResponse } from "../../lib/search";
import { ensureCorpus } from "./generate";
import type { language } from "./language";
import { type BenchQuery, benchRequest, queryMix, warmupMix } from "./queries";

/**
 * The engine's answers to the benchmark's query mix, written one request and
 * its whole response per line: a refactor that changes none of them changes
 * nothing a user sees. Each query of the mix (measured and warm-up) is asked
 * in several variants so that every branch the bench's own run skips (date
 * order both ways, later pages, a province filter with a date range) is
 * recorded too. The artifact's file digests are recorded first: the on-disk
 * format must not change either.
 */

export interface AnswersOptions {
  root: string;
  n: number;
  seed: number;
  curatedDir: string;
  out: string;
  log: (line: string) => void;
}

export interface AnswersSummary {
  requests: number;
  /** SHA-256 of the answers file. */
  sha256: string;
  files: Record<string, string>;
}

/** Files whose bytes are the index and records (meta.json has a timestamp, report.json the build's paths). */
const COMPARED_FILES = ["articles.json", "articles.bin", "index.json", "index.bin", "lexicon.json", "suggest.json"];

/** The variants each query is asked in; the last takes its province from the first answer. */
export function variants(q: BenchQuery, province: string | null): SearchRequest[] {
  // No typo-work deadline: a busy machine must not change an answer.
  const base: SearchRequest = { ...benchRequest(q), budgetMs: 600_000 };
  return [
    base,
    { ...base, page: 3 },
    { ...base, sort: "newest" },
    { ...base, sort: "oldest", page: 2 },
    {
      ...base,
      provinces: province === null ? [null] : [province],
      dateFrom: "2014-01-01",
      dateTo: "2021-06-30",
      facetQuery: { organizer: "dan" },
    },
  ];
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

export async function recordAnswers(opts: AnswersOptions): Promise<AnswersSummary> {
  const curated = await loadCurated(opts.curatedDir);
  const canonical = (o: ReturnType<typeof language>["organizers"][number]) => canonicalName(o.written[0]!, curated);
  const measured = queryMix(opts.seed, canonical);
  const mix = [...measured, ...warmupMix(opts.seed, canonical, measured)];

  const corpus = await ensureCorpus(opts.root, opts.n, opts.seed);
  opts.log(`corpus ${corpus.dir}`);
  const { articles, report } = await ingestCorpus(corpus.dir, curated);
  const dir = path.join(opts.root, `answers-artifact-${opts.n}`);
  await writeArtifact(dir, { articles, report, corpusDir: corpus.dir });
  const files: Record<string, string> = {};
  for (const f of COMPARED_FILES) files[f] = sha256(await readFile(path.join(servedDir(dir), f)));
  const engine = readArtifact(dir);
  // As a server has it once its idle-time work is done (answers are the same before it).
  engine.prepare();
  opts.log(
    `artifact ${dir}: ${articles.length} articles; asking ${mix.length} queries × ${variants(mix[0]!, null).length}`,
  );

  const out = createWriteStream(opts.out);
  const hash = createHash("sha256");
  const write = (line: string) => {
    hash.update(line);
    out.write(line);
  };
  write(`${JSON.stringify({ n: opts.n, seed: opts.seed, articles: articles.length, files })}\n`);
  let requests = 0;
  const ask = (request: SearchRequest): SearchResponse => {
    const response = engine.search(request);
    write(`${JSON.stringify({ request, response })}\n`);
    requests++;
    return response;
  };
  for (const q of mix) {
    const province = ask(variants(q, null)[0]!).facets.province[0]?.value ?? null;
    for (const request of variants(q, province).slice(1)) ask(request);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { requests, sha256: hash.digest("hex"), files };
}
