"use client";

import "./globals.css";

/**
 * The last-resort error page (an error in the root layout itself). Next.js's
 * default one is English and ships its own styles and icon to every page's
 * first load; this one says the same in Vietnamese with the app's stylesheet.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-dvh bg-white font-sans text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <main className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="text-2xl font-semibold">Đã có lỗi xảy ra</h1>
          <p className="mt-2">Trang không hiển thị được. Hãy thử lại, hoặc quay về trang tìm kiếm.</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={reset}
              className="min-h-11 rounded-md bg-red-700 px-4 text-sm font-semibold text-white"
            >
              Thử lại
            </button>
            <a href="/" className="inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300">
              Về trang tìm kiếm
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
