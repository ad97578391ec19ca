import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import { TableScroll } from '../ui/TableScroll';
import { useQueueLabels } from './labels';
import { type HeatPoint, heatGrid } from './shape';

/** A weekday × hour table shaded by the number of tickets; the numbers are in the cells for those who cannot see shades. */
export function HeatMap({ points, caption }: { points: readonly HeatPoint[]; caption: string }) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const grid = heatGrid(points);
  return (
    <TableScroll minWidth={120 + grid.hours.length * 40} label={caption}>
      <table className="queue-heat">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('queue.locations.weekday')}</span>
            </th>
            {grid.hours.map((hour) => (
              <th key={hour} scope="col">
                {String(hour).padStart(2, '0')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.weekday}>
              <th scope="row" style={{ textAlign: 'left', paddingRight: 8, fontWeight: 500 }}>
                {labels.weekday(row.weekday, 'short')}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.hour} data-level={cell.level}>
                  {cell.tickets > 0 ? formatNumber(cell.tickets, labels.lang, cell.tickets < 10 ? 1 : 0) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
