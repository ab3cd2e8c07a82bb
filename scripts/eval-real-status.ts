// npm run -s eval:real-status: which labelled real pages (data/eval/real/labels*.json)
// have their text in the git-ignored data/eval/real/pages/, and for each missing
// one the query and address to gather it again (data/eval/real/README.md).
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { RealLabelsSchema } from "../tools/extraction/evaluate-real";
import { gatherPlan } from "../tools/extraction/gather-plan";
import { cli } from "./cli";

const { values: opts } = cli(
  "eval:real-status",
  `usage: tsx scripts/eval-real-status.ts [--plan FILE]
Which labelled real pages have their text in data/eval/real/pages/, and how to gather the rest.
  --plan FILE  write the searches that gather the missing pages, one per query, the
               held-aside half's first, then the ones bringing most pages (JSON:
               [{query, test, pages: [{id, url, title}]}]), and say how many look-ups
               restore how many pages`,
  { plan: { type: "string" } },
);

const dir = path.resolve("data/eval/real");
// labels.json (split once into dev and test) and the development batches added since (labels.dev*.json).
const labels = [];
for (const f of (await readdir(dir)).filter((f) => /^labels.*\.json$/.test(f)).sort())
  labels.push(...RealLabelsSchema.parse(JSON.parse(await readFile(path.join(dir, f), "utf8"))));
const missing = labels.filter((l) => !existsSync(path.join(dir, "pages", `${l.id}.txt`)));
console.log(`${labels.length - missing.length} of ${labels.length} page texts present in data/eval/real/pages/`);
if (opts.plan) {
  const plan = gatherPlan(missing);
  await writeFile(opts.plan, `${JSON.stringify(plan, null, 1)}\n`);
  const test = plan.filter((s) => s.test);
  const pages = (steps: typeof plan) => steps.reduce((n, s) => n + s.pages.length, 0);
  console.log(
    `${opts.plan}: ${plan.length} searches gather the ${missing.length} missing pages; the first ${test.length} hold the held-aside half's (${pages(test)} pages)`,
  );
  for (const k of [100, 200, 300, 500])
    if (k < plan.length) console.log(`  the first ${k} searches: ${pages(plan.slice(0, k))} pages`);
} else for (const l of missing) console.log(`missing ${l.id}\n  query: ${l.query}\n  url:   ${l.url}`);
