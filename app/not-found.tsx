import { IntentLink } from "@/components/IntentLink";

export default function NotFound() {
  return (
    <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none">
      <h1 className="text-2xl font-semibold">Không tìm thấy trang</h1>
      <p className="mt-2">Bài viết hoặc trang bạn tìm không có trong kho.</p>
      <IntentLink
        href="/"
        className="mt-4 inline-flex min-h-11 items-center text-blue-800 underline dark:text-blue-300"
      >
        Về trang tìm kiếm
      </IntentLink>
    </main>
  );
}
