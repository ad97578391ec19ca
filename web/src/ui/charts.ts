/**
 * Legend props that list the series in the order given (the order of the bars or of the stacking) instead of the
 * chart library's default, which sorts the legend by name — so "Baik" came before "Sangat baik" while the bar
 * stacked "Sangat baik" first.
 */
export function legendInOrder(names: readonly string[]) {
  return {
    itemSorter: (item: { dataKey?: unknown }) => {
      const index = names.indexOf(String(item.dataKey));
      return index < 0 ? names.length : index;
    },
  };
}
