import { artifactDir, getEngine } from ".";

/** Loads the artifact at server start; exits with the reason when it can't. */
export function loadArtifactOrExit(): void {
  try {
    const engine = getEngine();
    console.log(`tra-cuu: ${engine.articles.length} articles loaded from ${artifactDir()}`);
  } catch (e) {
    console.error(`tra-cuu: cannot start: ${(e as Error).message}`);
    process.exit(1);
  }
}
