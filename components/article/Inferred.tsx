import type { Article, EvidenceField } from "@/lib/ingest";

/** What each field's badge says it is, for screen readers. */
const FIELD_LABEL: Record<EvidenceField, string> = {
  date: "ngày",
  year: "năm",
  organizers: "đơn vị tổ chức",
  province: "tỉnh/thành",
};

/**
 * The mark of an inferred value: a small "suy luận" badge after it, its
 * tooltip (and, for screen readers, its text) saying how the value was found.
 * Nothing when the value was read as written.
 */
export function InferredBadge({ article, field }: { article: Pick<Article, "evidence">; field: EvidenceField }) {
  const evidence = article.evidence?.[field];
  if (!evidence?.inferred) return null;
  return (
    <span
      data-testid="inferred"
      data-field={field}
      title={`Suy luận, không ghi rõ trong bài: ${evidence.how}`}
      className="ml-1.5 inline-block cursor-help rounded border border-amber-300 bg-amber-50 px-1 align-baseline text-xs leading-tight text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      suy luận
      <span className="sr-only">
        {" "}
        ({FIELD_LABEL[field]} không ghi rõ trong bài; cách tìm: {evidence.how})
      </span>
    </span>
  );
}
