import { INTERNAL_ELEMENTS, type StandardView } from '@lentera/common';
import { Accordion, Card, Code, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { documentTypesText, sizeText } from '../format';
import { fieldLabel } from '../RequestFields';
import { StandardElements, Written } from '../StandardElements';

/** A standard read in full (approvers, a version waiting for approval): every element, the form, the letter. */
export function StandardReview({ standard, idPrefix }: { standard: StandardView; idPrefix: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('services.review.version', {
          version: standard.version,
          date: formatCalendarDate(standard.effectiveFrom, lang, false),
        })}{' '}
        · {t(`services.words.outputKind.${standard.outputKind}`)}
      </Text>
      {standard.missing.length > 0 ? (
        <Text size="sm" c="red.9" fw={600}>
          {t('services.admin.missing', {
            names: standard.missing.map((m) => t(`services.words.element.${m}`)).join(', '),
          })}
        </Text>
      ) : null}
      <StandardElements standard={standard} idPrefix={idPrefix} />
      <Accordion variant="contained">
        <Accordion.Item value="internal">
          <Accordion.Control>{t('services.editor.internal')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {INTERNAL_ELEMENTS.map((key) => (
                <div key={key}>
                  <Text fw={600} size="sm">
                    {t(`services.words.element.${key}`)}
                  </Text>
                  <Written text={standard.internal[key]} />
                </div>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="form">
          <Accordion.Control>{t('services.review.form', { count: standard.form.length })}</Accordion.Control>
          <Accordion.Panel>
            <List size="sm" spacing={4}>
              {standard.form.map((f) => (
                <List.Item key={f.key}>
                  <Text span fw={600} size="sm">
                    {fieldLabel(f, lang)}
                  </Text>{' '}
                  · {t(`services.words.fieldType.${f.type}`)}
                  {f.required ? ` · ${t('services.review.required')}` : ` · ${t('services.review.optional')}`}
                  {f.type === 'document'
                    ? ` · ${documentTypesText(f.documentTypes)}, ${sizeText(f.maxBytes, lang)}`
                    : ''}
                  {f.type === 'choice' ? ` · ${f.choices.join(' / ')}` : ''}
                </List.Item>
              ))}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="letter">
          <Accordion.Control>{t('services.editor.letterTemplate')}</Accordion.Control>
          <Accordion.Panel>
            {standard.letterTemplate ? (
              <Code block>{standard.letterTemplate}</Code>
            ) : (
              <Text c="dimmed">{t('services.words.notSet')}</Text>
            )}
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

export function ReviewCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
