import { holidayCreateSchema, PERMISSIONS } from '@lentera/common';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { DateField } from '../../ui/dates';
import { formatCalendarDate, todayIn } from '../../ui/format';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { type Holiday, type HolidayKind, useAddHoliday, useDeleteHoliday, useHolidays } from './api';

const route = getRouteApi('/t/$slug/staff/admin/holidays');

const KIND_COLORS: Record<HolidayKind, string> = { national: 'red', joint_leave: 'orange', local: 'blue' };

const ADD_CODE_FIELDS = { holiday_exists: 'date' };

interface AddValues {
  date: string | null;
  name: string;
}

function AddHolidayForm({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const today = todayIn(useTenantTimeZone());
  // The calendar opens on the chosen year: today if that is this year, else its January.
  const openOn = today.startsWith(String(year)) ? today : `${year}-01-01`;
  const add = useAddHoliday(slug);
  const form = useForm<AddValues>({
    initialValues: { date: null, name: '' },
    validate: schemaValidate<AddValues>(holidayCreateSchema, {
      prepare: (values) => ({ date: values.date ?? '', name: values.name }),
      messages: { date: 'validation.date' },
    }),
  });

  const onSubmit = form.onSubmit((values) =>
    add.mutate(
      { date: values.date ?? '', name: values.name.trim() },
      {
        onSuccess: (created) => {
          notify(
            t('holidays.added', { name: created.name, date: formatCalendarDate(created.date, currentLang()) }),
            'success',
          );
          form.reset();
        },
        onError: (error) => applyServerErrors(form, error, ADD_CODE_FIELDS),
      },
    ),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="add-holiday-heading">
      <Title order={2} fz="h4" id="add-holiday-heading" mb="xs">
        {t('holidays.addHeading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('holidays.addIntro')}
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert error={add.error} formValues={form.getValues()} codeFields={ADD_CODE_FIELDS} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('holidays.date')}
              description={t('holidays.dateHint')}
              required
              defaultDate={openOn}
              {...form.getInputProps('date')}
            />
            <TextInput
              label={t('holidays.name')}
              description={t('holidays.nameHint')}
              required
              {...form.getInputProps('name')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('holidays.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function HolidayTable({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const holidays = useHolidays(slug, year);
  const remove = useDeleteHoliday(slug);
  const lang = currentLang();
  const [toDelete, setToDelete] = useState<Holiday | null>(null);

  const closeDialog = () => {
    setToDelete(null);
    remove.reset();
  };
  const onDelete = () => {
    if (!toDelete?.id) return;
    remove.mutate(toDelete.id, {
      onSuccess: () => {
        notify(t('holidays.deleted', { name: toDelete.name }));
        closeDialog();
      },
    });
  };

  if (holidays.isPending) return <PageLoader />;
  if (holidays.isError) return <ErrorAlert error={holidays.error} onRetry={() => void holidays.refetch()} />;
  const { items, listed } = holidays.data;

  return (
    <Stack gap="sm" component="section" aria-labelledby="holiday-list-heading">
      <Title order={2} fz="h4" id="holiday-list-heading">
        {t('holidays.listHeading', { year })}
      </Title>
      {!listed ? (
        <Alert color="yellow" variant="light" title={t('holidays.notListedTitle', { year })}>
          <Text size="sm">{t('holidays.notListed', { year })}</Text>
        </Alert>
      ) : null}
      <Text size="sm">{t('holidays.readOnly')}</Text>
      {items.length === 0 ? (
        <Text>{t('holidays.empty', { year })}</Text>
      ) : (
        <TableScroll minWidth={560} label={t('holidays.listHeading', { year })}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('holidays.colDate')}</Table.Th>
                <Table.Th>{t('holidays.colName')}</Table.Th>
                <Table.Th>{t('holidays.colKind')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((holiday) => (
                <Table.Tr key={`${holiday.kind}:${holiday.id ?? holiday.date}:${holiday.name}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(holiday.date, lang)}</Table.Td>
                  <Table.Td>{holiday.name}</Table.Td>
                  <Table.Td>
                    <Badge color={KIND_COLORS[holiday.kind]} variant="light" tt="none">
                      {t(`holidays.kind.${holiday.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {holiday.kind === 'local' && holiday.id ? (
                      <Button
                        size="xs"
                        color="red"
                        variant="outline"
                        onClick={() => setToDelete(holiday)}
                        aria-label={t('holidays.deleteOf', { name: holiday.name })}
                      >
                        {t('common.delete')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}

      <ConfirmDialog
        opened={toDelete !== null}
        onClose={closeDialog}
        title={t('holidays.deleteTitle')}
        message={
          toDelete
            ? t('holidays.deleteConfirm', { name: toDelete.name, date: formatCalendarDate(toDelete.date, lang) })
            : ''
        }
        confirmLabel={t('common.delete')}
        onConfirm={onDelete}
        loading={remove.isPending}
        error={remove.error}
      />
    </Stack>
  );
}

/** The working-day calendar: national holidays and joint leave (read-only) and the government's own days off. */
export function HolidaysPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const thisYear = Number(todayIn(timeZone).slice(0, 4));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const year = search.year ?? thisYear;
  const years = Array.from({ length: 6 }, (_, index) => thisYear - 2 + index);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  return (
    <RequireAccess permission={PERMISSIONS.manageHolidays}>
      <Page title={t('holidays.title')} description={t('holidays.intro')}>
        <Select
          label={t('holidays.year')}
          data={years.map(String)}
          value={String(year)}
          allowDeselect={false}
          onChange={(value) => {
            if (value) void navigate({ search: { year: Number(value) } });
          }}
          w={160}
        />
        <AddHolidayForm slug={slug} year={year} />
        <HolidayTable slug={slug} year={year} />
      </Page>
    </RequireAccess>
  );
}
