/** Recent searches, kept on this device only (localStorage), newest first. */
const KEY = "tra-cuu:recent";
const MAX = 8;

export function readRecent(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string").slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberSearch(q: string): void {
  const s = q.trim();
  if (s.length < 2) return;
  try {
    const list = [s, ...readRecent().filter((r) => r !== s)].slice(0, MAX);
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage full or disabled: nothing to remember
  }
}

export function clearRecent(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // disabled storage
  }
}
