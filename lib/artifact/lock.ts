import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class LockError extends Error {}

/** True when a process with this id exists (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One build at a time per artifact folder: `<dir>/.lock`, created
 * exclusively (O_EXCL) and holding the builder's process id. A lock whose
 * process is gone (a killed build) is taken over; a live one is refused with
 * the pid, so two builds never write the same folder.
 */
export function acquireLock(dir: string): () => void {
  const file = path.join(dir, ".lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
        throw new LockError(
          `another build (process ${pid}) is writing ${dir}; wait for it to finish (or remove ${file} if that process is not a build)`,
        );
      rmSync(file, { force: true }); // stale: its build was killed
    }
  }
  throw new LockError(`cannot take the lock ${file}`);
}
