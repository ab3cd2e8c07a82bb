/**
 * Reads a V8 CPU profile (.cpuprofile, as `node --cpu-prof` and the inspector
 * write) into the few numbers that say where the time goes: self and total
 * time per function, and self time per source file.
 */

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionTime {
  name: string;
  /** Source location, relative to the project when it is inside it. */
  where: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Most self time first. */
  functions: FunctionTime[];
  /** Self time per file (or "(garbage collector)", "(program)"…), most first. */
  files: { file: string; selfMs: number }[];
}

function shortUrl(url: string, root: string): string {
  if (!url) return "";
  const path = url.replace(/^file:\/\//, "");
  if (path.startsWith(root)) return path.slice(root.length).replace(/^\//, "");
  const nm = path.lastIndexOf("node_modules/");
  return nm >= 0 ? path.slice(nm + "node_modules/".length) : path;
}

export function summarizeProfile(profile: CpuProfile, projectRoot = process.cwd()): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, k) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });

  const keyOf = new Map<number, string>();
  const meta = new Map<string, { name: string; where: string; self: number; total: number }>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber } = n.callFrame;
    const name = functionName || (url ? "(anonymous)" : "(root)");
    const where = url ? `${shortUrl(url, projectRoot)}:${lineNumber + 1}` : "";
    const key = `${name}@${where}`;
    keyOf.set(n.id, key);
    if (!meta.has(key)) meta.set(key, { name, where, self: 0, total: 0 });
  }

  // Total time: a node's self time counts once for every distinct function on its stack.
  const top = profile.nodes[0];
  const onStack = new Map<string, number>();
  const walk = (id: number) => {
    const n = byId.get(id);
    if (!n) return;
    const key = keyOf.get(id)!;
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    const self = selfUs.get(id) ?? 0;
    meta.get(key)!.self += self;
    if (self > 0) for (const k of onStack.keys()) meta.get(k)!.total += self;
    for (const c of n.children ?? []) walk(c);
    const left = onStack.get(key)! - 1;
    if (left === 0) onStack.delete(key);
    else onStack.set(key, left);
  };
  if (top) walk(top.id);

  const files = new Map<string, number>();
  for (const n of profile.nodes) {
    const self = selfUs.get(n.id) ?? 0;
    if (self === 0) continue;
    const file = n.callFrame.url ? shortUrl(n.callFrame.url, projectRoot) : n.callFrame.functionName || "(native)";
    files.set(file, (files.get(file) ?? 0) + self);
  }

  const functions = [...meta.values()]
    .filter((f) => f.name !== "(root)")
    .map((f) => ({ name: f.name, where: f.where, selfMs: f.self / 1000, totalMs: f.total / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    functions,
    files: [...files.entries()].map(([file, us]) => ({ file, selfMs: us / 1000 })).sort((a, b) => b.selfMs - a.selfMs),
  };
}
