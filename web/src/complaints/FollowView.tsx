import { type FollowView, rateSchema } from '@lentera/common';
import { Alert, Button, Card, Group, Rating, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page } from '../ui/components';
import { formatDateTime } from '../ui/format';
import { applyServerErrors } from '../ui/forms';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantTimeZone } from '../ui/tenant';
import { ComplaintTimeline, StatusBadge } from './shared';

type Action = UseMutationResult<FollowView, Error, object>;

function RateForm({ rate }: { rate: Action }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { rating: 0, comment: '' },
    validate: {
      rating: (value) => (rateSchema.shape.rating.safeParse(value).success ? null : t('validation.choose')),
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rate-heading">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          rate.mutate(
            { rating: values.rating, comment: values.comment.trim() || null },
            { onError: (error) => applyServerErrors(form, error) },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={2} fz="h4" id="rate-heading">
            {t('complaints.follow.rateTitle')}
          </Title>
          <ErrorAlert error={rate.error} formValues={form.getValues()} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="rating-label">
              {t('complaints.follow.rating')}
            </Text>
            <Rating
              size="xl"
              count={5}
              aria-labelledby="rating-label"
              getSymbolLabel={(value) => t('complaints.follow.ratingLabel', { value })}
              {...form.getInputProps('rating')}
            />
            {form.errors.rating ? (
              <Text size="sm" c="red.8">
                {form.errors.rating}
              </Text>
            ) : null}
          </Stack>
          <Textarea
            label={t('complaints.follow.comment')}
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('comment')}
          />
          <Group>
            <Button type="submit" loading={rate.isPending}>
              {t('complaints.follow.rate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function TextAction({
  action,
  field,
  heading,
  intro,
  label,
  submit,
  min,
}: {
  action: Action;
  field: 'reason' | 'text';
  heading: string;
  intro?: string;
  label: string;
  submit: string;
  min: number;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { value: '' },
    validate: {
      value: (value) => (value.trim().length < min ? t('validation.minLength', { min }) : null),
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-label={heading}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          action.mutate({ [field]: values.value.trim() }, { onSuccess: () => form.reset() }),
        )}
      >
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {heading}
          </Title>
          {intro ? <Text size="sm">{intro}</Text> : null}
          <ErrorAlert error={action.error} />
          <Textarea label={label} autosize minRows={3} required {...form.getInputProps('value')} />
          <Group>
            <Button type="submit" loading={action.isPending} variant="default">
              {submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** What the complainant sees of a complaint: the text, the answer, the timeline, and what they may do now. */
export function FollowComplaintView({
  view,
  rate,
  reopen,
  addInfo,
}: {
  view: FollowView;
  rate: Action;
  reopen: Action;
  addInfo: Action;
}) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const done =
    (rate.isSuccess && t('complaints.follow.rated')) ||
    (reopen.isSuccess && t('complaints.follow.reopened')) ||
    (addInfo.isSuccess && t('complaints.follow.infoSent')) ||
    null;
  return (
    <Page title={t('complaints.follow.title', { code: view.code })}>
      <Group gap="xs">
        <StatusBadge status={view.status} />
      </Group>
      {done ? (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      ) : null}
      {view.mergedInto ? (
        <Alert color="blue" variant="light">
          {t('complaints.follow.mergedInto', { code: view.mergedInto })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="details-heading">
            <Stack gap="sm">
              <Title order={2} fz="h4" id="details-heading">
                {t('complaints.follow.details')}
              </Title>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {view.title}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {view.description}
              </Text>
              <TableScroll minWidth={0} label={t('complaints.follow.details')}>
                <Table variant="vertical" withRowBorders={false} verticalSpacing={2} fz="sm" layout="fixed">
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Th w="40%">{t('complaints.follow.received')}</Table.Th>
                      <Table.Td>{formatDateTime(view.receivedAt, timeZone, lang)}</Table.Td>
                    </Table.Tr>
                    {view.category ? (
                      <Table.Tr>
                        <Table.Th>{t('complaints.portal.category')}</Table.Th>
                        <Table.Td>{view.category.name}</Table.Td>
                      </Table.Tr>
                    ) : null}
                    {view.unit ? (
                      <Table.Tr>
                        <Table.Th>{t('complaints.officer.unit')}</Table.Th>
                        <Table.Td>{view.unit.name}</Table.Td>
                      </Table.Tr>
                    ) : null}
                    <Table.Tr>
                      <Table.Th>{t('complaints.follow.privacy')}</Table.Th>
                      <Table.Td>{t(`complaints.privacy.${view.privacy}`)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>{t('complaints.follow.channel')}</Table.Th>
                      <Table.Td>{t(`complaints.channel.${view.channel}`)}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Stack>
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="answer-heading">
            <Stack gap="xs">
              <Title order={2} fz="h4" id="answer-heading">
                {t('complaints.follow.answer')}
              </Title>
              {view.answer ? (
                <>
                  {view.answeredAt ? (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(view.answeredAt, timeZone, lang)}
                    </Text>
                  ) : null}
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="answer">
                    {view.answer}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('complaints.follow.noAnswer')}
                </Text>
              )}
              {view.rating ? (
                <Text size="sm" fw={600}>
                  {t('complaints.follow.yourRating', { value: view.rating })}
                  {view.ratingComment ? ` — ${view.ratingComment}` : ''}
                </Text>
              ) : null}
            </Stack>
          </Card>
          {view.question && view.canAddInfo ? (
            <TextAction
              action={addInfo}
              field="text"
              heading={t('complaints.follow.question')}
              intro={view.question}
              label={t('complaints.follow.addInfo')}
              submit={t('complaints.follow.sendInfo')}
              min={3}
            />
          ) : null}
          {view.canRate ? <RateForm rate={rate} /> : null}
          {view.canReopen ? (
            <TextAction
              action={reopen}
              field="reason"
              heading={t('complaints.follow.reopenTitle')}
              intro={
                view.reopenUntil
                  ? t('complaints.follow.reopenUntil', { date: formatDateTime(view.reopenUntil, timeZone, lang) })
                  : undefined
              }
              label={t('complaints.follow.reopenReason')}
              submit={t('complaints.follow.reopen')}
              min={5}
            />
          ) : null}
        </Stack>
        <Card withBorder padding="lg" component="section" aria-labelledby="timeline-heading">
          <Stack gap="sm">
            <Title order={2} fz="h4" id="timeline-heading">
              {t('complaints.follow.timeline')}
            </Title>
            <ComplaintTimeline items={view.timeline} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Page>
  );
}
