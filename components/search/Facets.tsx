import type { FacetValue } from "@/lib/search";

interface FacetProps<T extends string | number> {
  name: string;
  legend: string;
  values: FacetValue<T>[];
  selected: readonly T[];
  onToggle?: (value: T, checked: boolean) => void;
}

/**
 * One facet as a group of checkboxes inside the search form: without
 * JavaScript the form submits them; with it, onToggle updates the search.
 */
export function Facet<T extends string | number>({ name, legend, values, selected, onToggle }: FacetProps<T>) {
  if (values.length === 0) return null;
  return (
    <fieldset className="mb-6">
      <legend className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {legend}
      </legend>
      <ul className="space-y-1">
        {values.map(({ value, count }) => {
          const checked = selected.includes(value);
          return (
            <li key={String(value)}>
              <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                <input
                  type="checkbox"
                  name={name}
                  value={String(value)}
                  checked={checked}
                  disabled={count === 0 && !checked}
                  onChange={(e) => onToggle?.(value, e.currentTarget.checked)}
                  className="mt-0.5 size-4 accent-red-700"
                />
                <span className="flex-1">{value}</span>
                <span className="tabular-nums text-slate-500 dark:text-slate-400">{count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
