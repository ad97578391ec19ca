import type { PublishedStandard } from '@lentera/common';
import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { feeWords } from './format';

/** Text as the unit wrote it: its line breaks kept, long words wrapped on a phone. */
export function Written({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text.trim())
    return (
      <Text c="dimmed" fs="italic">
        {t('services.words.notSet')}
      </Text>
    );
  return <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</Text>;
}

function Element({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} fz="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The standard's fee in words: "Gratis (Rp0)", "Rp25.000", or "not set". */
export function useFeeWords() {
  const { t } = useTranslation();
  return (fee: number | null) => feeWords(fee, { free: t('services.words.free'), notSet: t('services.words.notSet') });
}

/** The six published elements of a standard (PermenPANRB 15/2014), in the order the regulation gives. */
export function StandardElements({ standard, idPrefix = 'el' }: { standard: PublishedStandard; idPrefix?: string }) {
  const { t } = useTranslation();
  const fee = useFeeWords();
  return (
    <Stack gap="sm">
      <Element id={`${idPrefix}-requirements`} title={t('services.words.element.requirements')}>
        <Written text={standard.requirements} />
      </Element>
      <Element id={`${idPrefix}-procedure`} title={t('services.words.element.procedure')}>
        <Written text={standard.procedure} />
      </Element>
      <Element id={`${idPrefix}-duration`} title={t('services.words.element.durationDays')}>
        <Text fw={600}>
          {standard.durationDays === null
            ? t('services.words.notSet')
            : t('services.words.days', { count: standard.durationDays })}
        </Text>
      </Element>
      <Element id={`${idPrefix}-fee`} title={t('services.words.element.fee')}>
        <Text fw={600} fz="lg">
          {fee(standard.fee)}
        </Text>
        {standard.feeBasis ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {t('services.page.feeBasis', { basis: standard.feeBasis })}
          </Text>
        ) : null}
      </Element>
      <Element id={`${idPrefix}-product`} title={t('services.words.element.product')}>
        <Written text={standard.product} />
      </Element>
      <Element id={`${idPrefix}-complaints`} title={t('services.words.element.complaintHandling')}>
        <Written text={standard.complaintHandling} />
      </Element>
    </Stack>
  );
}
