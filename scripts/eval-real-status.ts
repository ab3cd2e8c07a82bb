// npm run -s eval:real-status: which labelled real pages (data/eval/real/labels*.json)
// have their text in the git-ignored data/eval/real/pages/, and for each missing
// one the query and address to gather it again (data/eval/real/README.md).
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { RealLabelsSchema } from "../tools/extraction/evaluate-real";

const dir = path.resolve("data/eval/real");
// labels.json (split once into dev and test) and the development batches added since (labels.dev*.json).
const labels = [];
for (const f of (await readdir(dir)).filter((f) => /^labels.*\.json$/.test(f)).sort())
  labels.push(...RealLabelsSchema.parse(JSON.parse(await readFile(path.join(dir, f), "utf8"))));
const missing = labels.filter((l) => !existsSync(path.join(dir, "pages", `${l.id}.txt`)));
console.log(`${labels.length - missing.length} of ${labels.length} page texts present in data/eval/real/pages/`);
for (const l of missing) console.log(`missing ${l.id}\n  query: ${l.query}\n  url:   ${l.url}`);
