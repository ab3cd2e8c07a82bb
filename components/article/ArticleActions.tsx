"use client";

import { useState } from "react";

const button =
  "inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Share (the system share sheet where there is one, else copy the link) and print. */
export function ArticleActions({ title }: { title: string }) {
  const [status, setStatus] = useState("");

  async function share() {
    const url = window.location.href;
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (e) {
        if ((e as Error).name === "AbortError") return; // the user closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Đã sao chép liên kết bài viết");
    } catch {
      setStatus("Không sao chép được, hãy chép từ thanh địa chỉ");
    }
    window.setTimeout(() => setStatus(""), 2500);
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <button type="button" onClick={share} className={button}>
        Chia sẻ
      </button>
      <button type="button" onClick={() => window.print()} className={button}>
        In bài
      </button>
      <span role="status" className="text-sm text-green-800 empty:hidden dark:text-green-300">
        {status}
      </span>
    </div>
  );
}
