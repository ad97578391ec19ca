import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { todayIn } from '../../ui/format';
import { notify } from '../../ui/notify';
import { useTenantTimeZone } from '../../ui/tenant';
import { type ProgrammeView, useCreateEvent, useTrainers } from '../api';

/** Scheduling an event of a programme: dates, place or link, seats, trainers, a pre-test. */
export function ScheduleDialog({
  slug,
  programmes,
  programmeId,
  onClose,
}: {
  slug: string;
  programmes: ProgrammeView[];
  programmeId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const today = todayIn(useTenantTimeZone());
  const create = useCreateEvent(slug);
  const trainers = useTrainers(slug);
  const [draft, setDraft] = useState({
    programmeId: programmeId ?? programmes[0]?.id ?? '',
    startsOn: '',
    endsOn: '',
    place: '',
    link: '',
    capacity: 30,
    trainerAccountIds: [] as string[],
    preTest: false,
  });
  const valid = draft.programmeId && draft.startsOn && draft.endsOn && draft.endsOn >= draft.startsOn;
  return (
    <Dialog opened onClose={onClose} title={t('training.schedule.title')} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          create.mutate(
            { ...draft, place: draft.place.trim(), link: draft.link.trim() },
            {
              onSuccess: (created) => {
                notify(t('training.schedule.saved', { title: created.programmeTitle }), 'success');
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('training.schedule.programme')}
            data={programmes.filter((p) => p.active).map((p) => ({ value: p.id, label: p.title }))}
            value={draft.programmeId}
            onChange={(v) => v && setDraft({ ...draft, programmeId: v })}
            allowDeselect={false}
            searchable
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('training.schedule.startsOn')}
              value={draft.startsOn}
              min={today}
              onChange={(e) => setDraft({ ...draft, startsOn: e.currentTarget.value })}
              required
            />
            <TextInput
              type="date"
              label={t('training.schedule.endsOn')}
              value={draft.endsOn}
              min={draft.startsOn || today}
              onChange={(e) => setDraft({ ...draft, endsOn: e.currentTarget.value })}
              required
            />
          </SimpleGrid>
          <TextInput
            label={t('training.schedule.place')}
            value={draft.place}
            onChange={(e) => setDraft({ ...draft, place: e.currentTarget.value })}
            maxLength={300}
          />
          <TextInput
            type="url"
            label={t('training.schedule.link')}
            value={draft.link}
            onChange={(e) => setDraft({ ...draft, link: e.currentTarget.value })}
            maxLength={500}
          />
          <NumberInput
            label={t('training.schedule.capacity')}
            value={draft.capacity}
            onChange={(v) => setDraft({ ...draft, capacity: typeof v === 'number' ? v : 1 })}
            min={1}
            max={5000}
            allowDecimal={false}
            clampBehavior="strict"
            required
          />
          <MultiSelect
            label={t('training.schedule.trainers')}
            data={(trainers.data?.items ?? []).map((x) => ({ value: x.accountId, label: x.name }))}
            value={draft.trainerAccountIds}
            onChange={(v) => setDraft({ ...draft, trainerAccountIds: v })}
            searchable
          />
          <Checkbox
            label={t('training.schedule.preTest')}
            checked={draft.preTest}
            onChange={(e) => setDraft({ ...draft, preTest: e.currentTarget.checked })}
          />
          <ErrorAlert error={create.error} formValues={draft} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!valid}>
              {t('training.schedule.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
