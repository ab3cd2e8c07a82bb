import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestCorpus, loadCurated } from "../ingest";
import { buildIndex, createEngine, type SearchRequest } from "../search";
import { tokenize } from "../text";
import { ArtifactError, readArtifact, writeArtifact } from ".";

const req = (q: string): SearchRequest => ({
  q,
  organizers: [],
  years: [],
  provinces: [],
  sort: "relevance",
  page: 1,
  perPage: 20,
});

describe("artifact", () => {
  it("a written and re-read artifact answers exactly as the index built in memory", async () => {
    const aliases = await loadCurated(path.resolve("data"));
    const { articles, report } = await ingestCorpus(path.resolve("data/articles"), aliases);
    const dir = await mkdtemp(path.join(os.tmpdir(), "artifact-"));
    try {
      await writeArtifact(dir, { articles, report, corpusDir: "data/articles" });
      const loaded = readArtifact(dir);
      const fresh = createEngine(articles, buildIndex(articles));
      for (const q of ["dân vận", "dan va", '"quy chế dân chủ"', "thanh uy -quận", "", "dan vna kheo"])
        expect(loaded.search(req(q))).toEqual(fresh.search(req(q)));
      // Hits read from the artifact cut only their snippet's window out of
      // the stored text; from memory, they have the whole text: same answers,
      // whatever the words, their form, their order or the page.
      const words = [...new Set(articles.flatMap((a) => tokenize([a.title, a.lead, ...a.body].join(" "))))];
      const word = fc.constantFrom(...words).chain((t) => fc.constantFrom(t.exact, t.folded, t.exact.slice(0, 2)));
      fc.assert(
        fc.property(
          fc.array(word, { minLength: 1, maxLength: 4 }),
          fc.constantFrom("", " ", '"'),
          fc.integer({ min: 1, max: 3 }),
          (w, end, page) => {
            const q = end === '"' ? `"${w.join(" ")}"` : w.join(" ") + end;
            const r = { ...req(q), page, perPage: 2 };
            expect(loaded.search(r)).toEqual(fresh.search(r));
          },
        ),
        { numRuns: 300 },
      );
      // Records come back whole, though their text is read on demand.
      for (const a of articles) expect(loaded.article(a.id)).toEqual(fresh.article(a.id));
      expect(loaded.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
      const bin = await readFile(path.join(dir, "articles.bin"));
      await writeFile(path.join(dir, "articles.bin"), bin.subarray(0, bin.length - 1));
      expect(() => readArtifact(dir)).toThrow(/corrupt/);
      await writeFile(path.join(dir, "articles.bin"), bin);
      const meta = JSON.parse(await readFile(path.join(dir, "meta.json"), "utf8"));
      await writeFile(path.join(dir, "meta.json"), JSON.stringify({ ...meta, version: meta.version - 1 }));
      expect(() => readArtifact(dir)).toThrow(/another version/);
      await writeFile(path.join(dir, "meta.json"), JSON.stringify(meta));
      expect(() => readArtifact(dir)).not.toThrow();
      await writeFile(path.join(dir, "index.bin"), new Uint8Array(10));
      expect(() => readArtifact(dir)).toThrow(ArtifactError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
