"use client";

import { useState } from "react";

/** Copies the canonical link of the current search and confirms it. */
export function CopyLink({ path }: { path: string }) {
  const [done, setDone] = useState<"ok" | "fail" | null>(null);

  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setDone("ok");
    } catch {
      // Older or insecure contexts: fall back to a selected textarea.
      const ta = document.createElement("textarea");
      ta.value = url;
      ta.setAttribute("readonly", "");
      ta.style.position = "fixed";
      ta.style.opacity = "0";
      document.body.append(ta);
      ta.select();
      const ok = document.execCommand("copy");
      ta.remove();
      setDone(ok ? "ok" : "fail");
    }
    window.setTimeout(() => setDone(null), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label="Sao chép liên kết"
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          <path
            fill="currentColor"
            d="M7 3.5A1.5 1.5 0 0 1 8.5 2h6A1.5 1.5 0 0 1 16 3.5v9a1.5 1.5 0 0 1-1.5 1.5h-6A1.5 1.5 0 0 1 7 12.5v-9Zm1.5 0v9h6v-9h-6ZM4 7.5A1.5 1.5 0 0 1 5.5 6v8.5h7a1.5 1.5 0 0 1-1.5 1.5H5.5A1.5 1.5 0 0 1 4 14.5v-7Z"
          />
        </svg>
        <span aria-hidden="true" className="max-sm:hidden">
          Sao chép liên kết
        </span>
      </button>
      <span role="status" className="text-sm text-green-800 empty:hidden dark:text-green-300">
        {done === "ok"
          ? "Đã sao chép liên kết"
          : done === "fail"
            ? "Không sao chép được, hãy chép từ thanh địa chỉ"
            : ""}
      </span>
    </span>
  );
}
