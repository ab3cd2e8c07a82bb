/**
 * Runs once when the server starts: put the HTTP guard in front of Next.js
 * (TRACE, `*` targets, broken percent-encodings get a 4xx with the security
 * headers instead of a 500), then load the search artifact now, so a missing
 * or corrupt artifact stops the server with a clear message instead of
 * answering every request with an error page later.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installGuard } = await import("./lib/http/guard");
    installGuard();
    const { loadArtifactOrExit } = await import("./lib/artifact/startup");
    loadArtifactOrExit();
  }
}
