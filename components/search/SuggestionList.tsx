"use client";

import type { ReactNode } from "react";
import type { Range } from "@/lib/search";

export interface Option {
  text: string;
  count?: number;
  kind?: string;
  highlights?: Range[];
}

const KIND_LABELS: Record<string, string> = { organizer: "Đơn vị", province: "Tỉnh/thành", title: "Tiêu đề" };

/** The typed part of a suggestion in bold, the rest as is (text nodes only). */
function Emphasised({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at || e <= s || e > text.length) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <strong key={s} className="font-semibold text-slate-950 dark:text-white">
        {text.slice(s, e)}
      </strong>,
    );
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

interface Props {
  listId: string;
  options: Option[];
  active: number;
  expanded: boolean;
  recentMode: boolean;
  onPick: (o: Option) => void;
  onClear: () => void;
}

/**
 * The search box's list: suggestions (the typed part in bold, with a count)
 * or, with the box empty, the searches made on this device. Loaded apart from
 * the box (React.lazy, on first focus or keystroke) to keep first-load JS small.
 */
export default function SuggestionList({ listId, options, active, expanded, recentMode, onPick, onClear }: Props) {
  return (
    <div
      className={`absolute inset-x-0 top-full z-30 mt-1 overflow-hidden rounded-xl border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-800 ${expanded ? "" : "hidden"}`}
    >
      {recentMode && expanded && (
        <p className="px-3 pt-2 text-xs font-semibold text-slate-600 dark:text-slate-400" id={`${listId}-label`}>
          Tìm kiếm gần đây
        </p>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label={recentMode ? "Tìm kiếm gần đây" : "Gợi ý tìm kiếm"}
        className="max-h-[60vh] overflow-y-auto py-1"
      >
        {options.map((o, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users choose with the arrow keys and Enter in the box (aria-activedescendant)
          <div
            key={o.text}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            onPointerDown={(e) => e.preventDefault()} // keep focus (and the phone keyboard) in the box
            onClick={() => onPick(o)}
            className={`flex min-h-11 cursor-pointer items-center gap-3 px-3 py-2 text-[15px] ${i === active ? "bg-red-50 outline-2 -outline-offset-2 outline-red-700 dark:bg-slate-700 dark:outline-red-400" : "hover:bg-slate-100 dark:hover:bg-slate-700"}`}
          >
            <span className="min-w-0 flex-1 break-words text-slate-700 dark:text-slate-200">
              {o.highlights ? <Emphasised text={o.text} ranges={o.highlights} /> : o.text}
              {o.kind && KIND_LABELS[o.kind] && (
                <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{KIND_LABELS[o.kind]}</span>
              )}
            </span>
            {o.count !== undefined && (
              <span className="shrink-0 text-sm tabular-nums text-slate-600 dark:text-slate-400">
                {o.count.toLocaleString("vi-VN")} bài
              </span>
            )}
          </div>
        ))}
      </div>
      {recentMode && expanded && (
        <button
          type="button"
          onPointerDown={(e) => e.preventDefault()}
          onClick={onClear}
          className="min-h-11 w-full border-t border-slate-200 px-3 text-left text-sm text-blue-800 hover:bg-slate-100 dark:border-slate-600 dark:text-blue-300 dark:hover:bg-slate-700"
        >
          Xóa lịch sử tìm kiếm
        </button>
      )}
    </div>
  );
}
