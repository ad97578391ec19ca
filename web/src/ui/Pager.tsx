import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';
import { currentLang } from './i18n';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "Menampilkan 26–50 dari 130" and page buttons, each with a spoken name. */
export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  if (total === 0) return null;
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" aria-live="polite">
        {t('pager.showing', {
          first: formatNumber(first, lang),
          last: formatNumber(last, lang),
          total: formatNumber(total, lang),
        })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('pager.label')}>
          <Pagination
            value={Math.min(page, pages)}
            total={pages}
            onChange={onChange}
            size="sm"
            siblings={1}
            getItemProps={(item) => ({
              'aria-label': t('pager.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
