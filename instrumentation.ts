/**
 * Runs once when the server starts: load the search artifact now, so a missing
 * or corrupt artifact stops the server with a clear message instead of
 * answering every request with an error page later.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { loadArtifactOrExit } = await import("./lib/artifact/startup");
    loadArtifactOrExit();
  }
}
