/**
 * The plain-MiniSearch baselines the engine is measured against, in one place.
 * There are two on purpose, each the fair comparison for what it measures:
 *
 * - relevance (`npm run eval`): MiniSearch as it comes (default tokenizer, OR
 *   of terms, no prefix, no fuzzy) with the simple folding any library can be
 *   told to do: what "just use a search library" ranks.
 * - speed (`npm run bench`): MiniSearch set up to answer what the engine
 *   answers (every term a prefix, fuzzy at 0.2, facets through `filter` on
 *   stored fields, lib/text's folding): the same work, done the plain way.
 *
 * Their figures are recorded in docs/RELEVANCE.md and docs/BENCHMARKS.md; a
 * change to either options object changes those figures and must re-measure them.
 */
export { baselineRanker, type Ranker, simpleFold } from "./relevance";
export { baselineSearch, buildBaseline, loadBaseline } from "./speed";
