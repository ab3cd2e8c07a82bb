/** "2022-06-30" → "30/06/2022"; year alone when the day is unknown. */
export function formatDate(date: string | null, year: number | null): string {
  if (date) {
    const [y, m, d] = date.split("-");
    return `${d}/${m}/${y}`;
  }
  return year ? `Năm ${year}` : "Không rõ ngày";
}

export function countLabel(n: number): string {
  return `${n.toLocaleString("vi-VN")} bài viết`;
}
