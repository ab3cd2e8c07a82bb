// What every command-line entry point shares: --help, strict flags, one-line
// errors for the operator's mistakes, and a closed pipe treated as the end.
import { type ParseArgsConfig, parseArgs } from "node:util";

/** A mistake of the person running the command: printed as one line, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

// `| head` closes the pipe early: that is the reader's choice, not an error.
function endOnClosedPipe() {
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses argv strictly: `--help`/`-h` prints the usage and exits 0; an unknown
 * flag, a missing value or a stray argument prints one line and exits 2.
 */
export function cli<O extends Options>(name: string, usage: string, options: O, opts: { positionals?: boolean } = {}) {
  endOnClosedPipe();
  process.on("uncaughtException", report(name));
  process.on("unhandledRejection", report(name));
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: opts.positionals ?? false, strict: true });
  } catch (e) {
    console.error(`${name}: ${(e as Error).message.split("\n")[0]} (see --help)`);
    process.exit(2);
  }
}

/** User errors and the project's own explained errors end the process with one line; anything else is a bug and keeps its stack. */
function report(name: string) {
  return (e: unknown) => {
    const err = e as Error & { exitCode?: number };
    if (e instanceof UserError || /^(ArtifactError|LockError|EmptyBuildError)$/.test(err?.constructor?.name ?? "")) {
      console.error(`${name}: ${err.message}`);
      process.exit(err.exitCode ?? 1);
    }
    console.error(e);
    process.exit(70);
  };
}

/** A number option, or a one-line error naming it. */
export function numberOption(name: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n < min || n > max)
    throw new UserError(`--${name}: expected a number from ${min} to ${max} (got ${value ?? "nothing"})`, 2);
  return n;
}
