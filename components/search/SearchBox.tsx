"use client";

import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { clearRecent, readRecent } from "./recent";
import type { Option } from "./SuggestionList";

const loadList = () => import("./SuggestionList");
const SuggestionList = lazy(loadList);

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** A suggestion or a recent search was chosen: search for it now. */
  onPick: (value: string) => void;
  truncatedAt: number | null;
}

/**
 * The search box: a WAI-ARIA combobox. While typing it lists the corpus's
 * phrases that complete what is typed (GET /api/suggest), with their
 * diacritics and how many articles hold them; with the box empty, the
 * searches made on this device. Arrow keys move through the list, Enter
 * chooses, Esc closes it (and, closed, clears the box); a tap chooses. Input
 * method compositions (Telex, VNI on a phone) are not searched until they
 * end. "/" anywhere focuses the box.
 */
export function SearchBox({ value, onChange, onPick, truncatedAt }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const composing = useRef(false);
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [options, setOptions] = useState<Option[]>([]);
  // The options shown, for an answer that arrives after the user moved through them.
  const shownOptions = useRef<Option[]>([]);
  useEffect(() => {
    shownOptions.current = options;
  }, [options]);
  const [recentMode, setRecentMode] = useState(false);
  const inflight = useRef<AbortController | null>(null);
  const cache = useRef(new Map<string, Option[]>());
  // The list's code is fetched once the box is first used (focus, typing, ↓).
  const [listWanted, setListWanted] = useState(false);
  const wantList = () => {
    if (listWanted) return;
    void loadList();
    setListWanted(true);
  };

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
    return () => {
      window.removeEventListener("keydown", onKey);
      inflight.current?.abort();
    };
  }, []);

  const showRecent = () => {
    wantList();
    const recent = readRecent();
    setRecentMode(true);
    setOptions(recent.map((text) => ({ text })));
    setActive(-1);
    setOpen(recent.length > 0);
  };

  const suggest = (q: string) => {
    wantList();
    inflight.current?.abort();
    if (!q.trim()) return showRecent();
    setRecentMode(false);
    const key = q.toLowerCase();
    const hit = cache.current.get(key);
    // (An option moved to with ↓ stays chosen when a later answer still holds it: the answer for
    // "dan v" arriving after ↓ on those for "dan ".)
    const show = (list: Option[]) => {
      setActive((a) => {
        const was = a >= 0 ? shownOptions.current[a]?.text : undefined;
        return was === undefined ? -1 : list.findIndex((o) => o.text === was);
      });
      setOptions(list);
      setOpen(list.length > 0);
    };
    if (hit) return show(hit);
    if (q.trim().length < 2) return show([]);
    const ctrl = new AbortController();
    inflight.current = ctrl;
    fetch(`/api/suggest?q=${encodeURIComponent(q)}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((body: { suggestions: Option[] }) => {
        if (cache.current.size > 300) cache.current.clear();
        cache.current.set(key, body.suggestions);
        if (!ctrl.signal.aborted) show(body.suggestions);
      })
      .catch(() => {});
  };

  const typed = (v: string) => {
    onChange(v);
    suggest(v);
  };

  const pick = (o: Option) => {
    inflight.current?.abort();
    setOpen(false);
    setActive(-1);
    onPick(o.text);
  };

  const shown = draft ?? value;
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: closes the list when focus leaves the box and its list
    <div
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
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
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={shown}
          onChange={(e) => {
            const v = e.currentTarget.value;
            // Mid-composition the text is not what the user means yet: show it, search nothing.
            if (composing.current || (e.nativeEvent as InputEvent).isComposing) return setDraft(v);
            setDraft(null);
            typed(v);
          }}
          onCompositionStart={(e) => {
            composing.current = true;
            setDraft(e.currentTarget.value);
          }}
          onCompositionEnd={(e) => {
            composing.current = false;
            setDraft(null);
            typed(e.currentTarget.value);
          }}
          onFocus={() => {
            wantList();
            if (!value) showRecent();
          }}
          onKeyDown={(e) => {
            if (composing.current) return;
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              if (!expanded) {
                if (e.key === "ArrowDown") {
                  e.preventDefault();
                  suggest(value);
                }
                return;
              }
              e.preventDefault();
              const n = options.length;
              setActive((a) => (e.key === "ArrowDown" ? (a + 1 >= n ? -1 : a + 1) : a <= -1 ? n - 1 : a - 1));
            } else if (e.key === "Enter" && expanded && active >= 0 && options[active]) {
              e.preventDefault();
              pick(options[active]);
            } else if (e.key === "Escape") {
              if (expanded) {
                e.preventDefault();
                // A late answer to what was typed must not reopen the list the user closed.
                inflight.current?.abort();
                setOpen(false);
                setActive(-1);
              } else if (value) {
                e.preventDefault();
                onChange("");
              }
            }
          }}
          placeholder="Ví dụ: dân vận khéo, dan van kheo…"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="q-hint"
          className="min-h-11 w-full rounded-xl border border-slate-300 bg-white py-3 pl-10 pr-12 text-base shadow-sm placeholder:text-slate-500 focus:border-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700 dark:border-slate-600 dark:bg-slate-800 dark:placeholder:text-slate-400 dark:focus-visible:ring-red-400"
        />
        <span
          aria-hidden="true"
          className="absolute right-3 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 sm:block dark:border-slate-600 dark:text-slate-400"
        >
          /
        </span>
        {/* The list's code loads on first focus or keystroke: first load carries only the box. */}
        {listWanted && (
          <Suspense fallback={null}>
            <SuggestionList
              listId={listId}
              options={options}
              active={active}
              expanded={expanded}
              recentMode={recentMode}
              onPick={pick}
              onClear={() => {
                clearRecent();
                setOptions([]);
                setOpen(false);
                input.current?.focus();
              }}
            />
          </Suspense>
        )}
      </div>
      <p id="q-hint" className="mt-1 min-h-4 text-xs text-slate-600 dark:text-slate-400">
        {truncatedAt !== null
          ? `Từ khóa quá dài: chỉ tìm ${truncatedAt} ký tự đầu.`
          : "Gõ tiếng Việt có hoặc không có dấu thanh. Đặt cụm từ trong “ngoặc kép” để tìm chính xác, thêm - trước một từ để loại trừ."}
      </p>
    </div>
  );
}
