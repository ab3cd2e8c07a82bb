// npm run -s eval:real-b-pages -- GIT_DIR: copy the texts of real set B's labelled
// files (data/eval/real-b/labels.json) out of a fetched snapshot of the dataset
// repository into the git-ignored data/eval/real-b/pages/, so that npm run eval
// scores them. The snapshot is fetched with the session tool (data/eval/real-b/README.md).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { DatasetLabelsFileSchema } from "../tools/extraction/evaluate-real";
import { cli, UserError } from "./cli";

const { positionals } = cli(
  "eval:real-b-pages",
  `usage: tsx scripts/eval-real-b-pages.ts GIT_DIR
Copy real set B's labelled files out of GIT_DIR (a fetched snapshot of the dataset
repository that data/eval/real-b/labels.json names) into data/eval/real-b/pages/.`,
  {},
  { positionals: true },
);
const gitDir = positionals[0];
if (!gitDir || !existsSync(gitDir)) throw new UserError("give the snapshot's git directory", 2);

const dir = path.resolve("data/eval/real-b");
const set = DatasetLabelsFileSchema.parse(JSON.parse(await readFile(path.join(dir, "labels.json"), "utf8")));
const git = promisify(execFile);
try {
  await git("git", ["--git-dir", gitDir, "cat-file", "-e", `${set.commit}^{commit}`]);
} catch {
  throw new UserError(`${gitDir} does not hold ${set.repo} at ${set.commit}`, 2);
}
await mkdir(path.join(dir, "pages"), { recursive: true });
let copied = 0;
for (const label of set.labels) {
  // Bytes as committed: encoding "buffer" keeps them exact.
  const { stdout } = await git("git", ["--git-dir", gitDir, "show", `${set.commit}:${label.path}`], {
    encoding: "buffer",
    maxBuffer: 16 << 20,
  });
  await writeFile(path.join(dir, "pages", `${label.id}.txt`), stdout);
  copied++;
}
console.log(
  `${copied} of ${set.labels.length} texts of ${set.repo}@${set.commit.slice(0, 8)} in data/eval/real-b/pages/`,
);
