import { getEngine, loadedBuild, prepareInIdleTime, watchArtifact } from ".";

/**
 * Loads the artifact at server start; exits with the reason when it can't.
 * Then does the engine's idle-time work between requests (prepareInIdleTime),
 * and watches for a newly completed build and swaps it in (refreshEngine).
 */
export function loadArtifactOrExit(): void {
  try {
    const engine = getEngine();
    console.log(`tra-cuu: ${engine.articles.length} articles loaded from ${loadedBuild()}`);
    prepareInIdleTime(engine);
  } catch (e) {
    console.error(`tra-cuu: cannot start: ${(e as Error).message}`);
    process.exit(1);
  }
  if (process.env.TRA_CUU_WATCH !== "0") watchArtifact();
}
