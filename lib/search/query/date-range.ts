/**
 * The date range filter ("Từ ngày – Đến ngày"): an article is in the range
 * when its event date is; an article known only by its year when the whole
 * year is; an article with neither is not. Bounds are "YYYY-MM-DD" (either
 * may be open), compared as text.
 */
export function dateRangeTest(
  from: string | null | undefined,
  to: string | null | undefined,
): ((a: { date: string | null; year: number | null }) => boolean) | null {
  if (!from && !to) return null;
  const lo = from ?? "0000-00-00";
  const hi = to ?? "9999-99-99";
  return (a) => {
    if (a.date) return a.date >= lo && a.date <= hi;
    if (a.year === null) return false;
    return `${a.year}-01-01` >= lo && `${a.year}-12-31` <= hi;
  };
}
