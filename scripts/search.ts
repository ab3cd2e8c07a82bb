// npm run -s search -- "<query>" [--organizer NAME]… [--year YYYY]… [--province NAME]… [--sort S] [--page N]
//   [--organizer-query TEXT] [--province-query TEXT] [--json]
// "-" as a value selects the facet's "Không rõ" bucket (--year - : articles with no year).
// Same code path as GET /api/search: URL state parsing → engine → JSON.
import { searchFromParams } from "../lib/api";
import { artifactDir, readArtifact } from "../lib/artifact";
import { cli } from "./cli";

const { values, positionals } = cli(
  "search",
  `usage: npm run -s search -- "<query>" [--organizer NAME]… [--year YYYY]… [--province NAME]… [--sort relevance|newest|oldest] [--page N] [--organizer-query TEXT] [--province-query TEXT] [--json]
Searches the served artifact (ARTIFACT_DIR, default artifact/) through the same
code path as GET /api/search. --organizer-query / --province-query list only the
facet values whose name holds TEXT. Exit 2 on invalid parameters.`,
  {
    organizer: { type: "string", multiple: true, default: [] },
    year: { type: "string", multiple: true, default: [] },
    province: { type: "string", multiple: true, default: [] },
    sort: { type: "string" },
    page: { type: "string" },
    "organizer-query": { type: "string" },
    "province-query": { type: "string" },
    json: { type: "boolean", default: false },
  },
  { positionals: true },
);

const params = new URLSearchParams();
params.set("q", positionals.join(" "));
for (const o of values.organizer ?? []) params.append("organizer", o);
for (const y of values.year ?? []) params.append("year", y);
for (const p of values.province ?? []) params.append("province", p);
if (values.sort) params.set("sort", values.sort);
if (values.page) params.set("page", values.page);
if (values["organizer-query"] !== undefined) params.set("organizerQuery", values["organizer-query"]);
if (values["province-query"] !== undefined) params.set("provinceQuery", values["province-query"]);

const { status, body } = searchFromParams(readArtifact(artifactDir()), params);
if (status !== 200) {
  console.error(body.message);
  process.exit(2);
}
const result = body;

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`${result.total} kết quả${result.relaxed ? " (khớp một phần)" : ""}`);
  for (const h of result.hits) {
    const where = h.province ? ` · ${h.province}` : "";
    console.log(`- [${h.date ?? h.year ?? "?"}${where}] ${h.title}  (${h.url}, score ${h.score})`);
  }
}
