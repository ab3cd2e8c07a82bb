import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { IntentLink } from "@/components/IntentLink";

export const metadata: Metadata = {
  // Absolute URLs for OpenGraph; set SITE_URL where the app is deployed.
  metadataBase: new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title: { default: "Tra cứu — tìm bài viết", template: "%s · Tra cứu" },
  description: "Tìm kiếm bài viết về công tác dân vận, có dấu hoặc không dấu.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-dvh bg-white font-sans text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <a
          id="skip-link"
          href="#noi-dung"
          className="sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold text-blue-800 focus:not-sr-only focus:fixed focus:left-2 focus:top-2 dark:bg-slate-800 dark:text-blue-300"
        >
          Bỏ qua, đến nội dung chính
        </a>
        <header className="border-b border-slate-200 dark:border-slate-700">
          <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
            <IntentLink
              href="/"
              className="inline-flex min-h-11 items-center text-lg font-semibold text-red-700 dark:text-red-400"
            >
              Tra cứu
            </IntentLink>
            <span className="text-sm text-slate-600 dark:text-slate-400">Kho bài viết công tác dân vận</span>
          </div>
        </header>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
