import type { SearchState } from "@/lib/url";
import { UNKNOWN } from "@/lib/url";
import { formatDate } from "../format";

/** The label of the bucket of articles with no value (value null; "-" in the URL). */
export const UNKNOWN_LABEL = "Không rõ";

export type FacetKey = "organizer" | "year" | "province";

/**
 * Each facet's words, once: the panel's legend, what its values are ("Xem
 * thêm 30 đơn vị", "và 5 đơn vị khác"), and what its "Không rõ" bucket holds
 * (the tooltip, screen readers and the bucket's chip).
 */
export const FACETS = {
  organizer: { legend: "Đơn vị tổ chức", unit: "đơn vị", what: "đơn vị tổ chức", filterable: true },
  year: { legend: "Năm", unit: "năm", what: "năm", collapseAfter: 12 },
  province: { legend: "Tỉnh/thành", unit: "tỉnh/thành", what: "tỉnh/thành", filterable: true },
} as const satisfies Record<
  FacetKey,
  { legend: string; unit: string; what: string; filterable?: boolean; collapseAfter?: number }
>;

export const DATE_LABELS = { from: "Từ ngày", to: "Đến ngày" } as const;

/** The state's filters all cleared (the query, sort and page kept). */
export const NO_FILTERS = {
  organizer: [],
  year: [],
  province: [],
  from: null,
  to: null,
} satisfies Partial<SearchState>;

/** One active filter: its chip's label, and the change that removes it. */
export type ActiveFilter = { key: string; label: string; without: Partial<SearchState> };

/** The active filters, in the panel's order: organizers, years, provinces, then the date range. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const facet = <K extends FacetKey>(key: K, label: (v: SearchState[K][number]) => string): ActiveFilter[] => {
    const selected = state[key] as SearchState[K][number][];
    return selected.map((value) => ({
      key: `${key}:${value}`,
      label: value === UNKNOWN ? `${UNKNOWN_LABEL} ${FACETS[key].what}` : label(value),
      without: { [key]: toggled(selected, value, false) },
    }));
  };
  return [
    ...facet("organizer", String),
    ...facet("year", (y) => `Năm ${y}`),
    ...facet("province", String),
    ...(["from", "to"] as const).flatMap((key) => {
      const v = state[key];
      return v ? [{ key, label: `${DATE_LABELS[key]} ${formatDate(v, null)}`, without: { [key]: null } }] : [];
    }),
  ];
}

/** A facet's selection with `value` ticked (added at the end) or unticked. */
export function toggled<T>(selected: readonly T[], value: T, on: boolean): T[] {
  return on ? [...selected, value] : selected.filter((v) => v !== value);
}
