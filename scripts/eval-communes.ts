// npm run -s eval:communes: how the commune gazetteers place the commune-level organizers of the
// first real set's development labels by name alone (tools/extraction/commune-places.ts). Labels
// only: it needs no page text, and leaves the held-aside half out.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadCurated } from "../lib/ingest";
import { formatCommunePlaces, placeLabelledCommunes } from "../tools/extraction/commune-places";
import { type RealLabel, RealLabelsSchema, splitOf } from "../tools/extraction/evaluate-real";
import { cli } from "./cli";
import { CURATED_DIR } from "./corpus-dir";

cli(
  "eval:communes",
  "usage: tsx scripts/eval-communes.ts\nPlace the labelled commune-level organizers by name alone.",
  {},
);
const realDir = path.resolve("data/eval/real");
const labels: RealLabel[] = [];
for (const f of (await readdir(realDir)).filter((f) => /^labels.*\.json$/.test(f)).sort())
  labels.push(...RealLabelsSchema.parse(JSON.parse(await readFile(path.join(realDir, f), "utf8"))));
const dev = labels.filter((l) => splitOf(l) === "dev");
console.log(
  formatCommunePlaces(placeLabelledCommunes(dev, await loadCurated(CURATED_DIR)), "first real set, development labels"),
);
