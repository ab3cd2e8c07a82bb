export { baselineRanker, type Ranker, simpleFold } from "../baseline";
export { ndcg, type QueryScores, reciprocalRank, type Summary, scoreQuery, summarize } from "./metrics";
export {
  CUTOFF,
  type EvalReport,
  engineRanker,
  evaluate,
  formatTable,
  type JudgedQuery,
  parseJudgedQueries,
  type QueryResult,
  regressions,
  withRepoIds,
} from "./run";
