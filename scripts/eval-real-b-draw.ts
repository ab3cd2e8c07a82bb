// npm run -s eval:real-b-draw -- GIT_DIR BATCH N: the files of the next batch of real set B,
// drawn from a fetched snapshot of the dataset repository as data/eval/real-b/README.md says
// (the genre filter, identical texts once, not labelled before the batch, MD5 order). Prints
// the file names as JSON; a batch already in labels.json is drawn again as it was.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type DatasetFile, drawBatch, labelledBefore } from "../tools/extraction/draw-batch";
import { DatasetLabelsFileSchema } from "../tools/extraction/evaluate-real";
import { cli, UserError } from "./cli";

const { positionals } = cli(
  "eval:real-b-draw",
  `usage: tsx scripts/eval-real-b-draw.ts GIT_DIR BATCH N
Print the names of the N files of real set B's batch BATCH, drawn from GIT_DIR (a fetched
snapshot of the repository data/eval/real-b/labels.json names).`,
  {},
  { positionals: true },
);
const [gitDir, batch, count] = positionals;
const n = Number(count);
if (!gitDir || !existsSync(gitDir) || !batch || !Number.isInteger(n) || n < 1)
  throw new UserError("give the snapshot's git directory, a batch name and a count", 2);

const set = DatasetLabelsFileSchema.parse(
  JSON.parse(await readFile(path.resolve("data/eval/real-b/labels.json"), "utf8")),
);
const folder = path.posix.dirname(set.labels[0]!.path);

/** Every file of the dataset's folder at the labelled commit, read in one `git cat-file --batch`. */
async function datasetFiles(): Promise<DatasetFile[]> {
  const tree = spawn("git", ["--git-dir", gitDir!, "ls-tree", "--name-only", `${set.commit}:${folder}`]);
  let listing = "";
  for await (const chunk of tree.stdout) listing += chunk;
  const names = listing.split("\n").filter((f) => f.endsWith(".txt"));
  if (!names.length) throw new UserError(`${gitDir} holds no ${folder} at ${set.commit}`, 2);
  const cat = spawn("git", ["--git-dir", gitDir!, "cat-file", "--batch"]);
  cat.stdin.end(names.map((f) => `${set.commit}:${folder}/${f}\n`).join(""));
  const chunks: Buffer[] = [];
  for await (const chunk of cat.stdout) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  const files: DatasetFile[] = [];
  let at = 0;
  for (const name of names) {
    // "<sha> blob <size>\n<bytes>\n" per object.
    const eol = all.indexOf(10, at);
    const size = Number(all.subarray(at, eol).toString("latin1").split(" ")[2]);
    files.push({ name, text: all.subarray(eol + 1, eol + 1 + size).toString("utf8") });
    at = eol + 1 + size + 1;
  }
  return files;
}

console.log(JSON.stringify(drawBatch(await datasetFiles(), labelledBefore(set.labels, batch), batch, n)));
