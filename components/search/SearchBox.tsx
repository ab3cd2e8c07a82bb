"use client";

import { useEffect, useRef } from "react";

interface Props {
  value: string;
  onChange: (value: string) => void;
  truncatedAt: number | null;
}

/**
 * The search box. "/" anywhere focuses it (as on GitHub and YouTube); Esc in
 * it clears the query.
 */
export function SearchBox({ value, onChange, truncatedAt }: Props) {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div>
      <label htmlFor="q" className="mb-1 block text-sm font-semibold text-slate-700 dark:text-slate-300">
        Tìm kiếm bài viết
      </label>
      <div className="relative">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="pointer-events-none absolute left-3 top-1/2 size-5 -translate-y-1/2 text-slate-500 dark:text-slate-400"
        >
          <path
            fill="currentColor"
            d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64a.75.75 0 1 1-1.06 1.06l-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
          />
        </svg>
        <input
          ref={input}
          id="q"
          name="q"
          type="search"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape" && value) {
              e.preventDefault();
              onChange("");
            }
          }}
          placeholder="Ví dụ: dân vận khéo, dan van kheo…"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="q-hint"
          className="w-full rounded-xl border border-slate-300 bg-white py-3 pl-10 pr-12 text-base shadow-sm placeholder:text-slate-500 focus:border-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700/40 dark:border-slate-600 dark:bg-slate-800 dark:placeholder:text-slate-400"
        />
        <span
          aria-hidden="true"
          className="absolute right-3 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 sm:block dark:border-slate-600 dark:text-slate-400"
        >
          /
        </span>
      </div>
      <p id="q-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {truncatedAt !== null
          ? `Từ khóa quá dài: chỉ tìm ${truncatedAt} ký tự đầu.`
          : "Gõ có dấu hoặc không dấu. Dùng “…” để tìm cụm từ chính xác, dấu - để loại trừ."}
      </p>
    </div>
  );
}
