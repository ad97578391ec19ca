import {
  COMPETENCY_TYPES,
  MANDATORY_GROUPS,
  type ProgrammeInput,
  TRAINING_MODES,
  TRAINING_TOPICS,
} from '@lentera/common';
import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { notify } from '../../ui/notify';
import { useCreateProgramme, useTrainers } from '../api';

type Draft = Required<Omit<ProgrammeInput, 'mandatoryUnitIds'>>;

const BLANK: Draft = {
  code: '',
  title: '',
  description: '',
  topic: 'good_governance',
  competencyType: 'technical',
  mode: 'classroom',
  jp: 8,
  provider: '',
  mandatoryGroups: [],
  passMark: null,
  trainerAccountIds: [],
};

/** Adding a programme to the catalog (HR admin). */
export function ProgrammeDialog({ slug, onClose }: { slug: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProgramme(slug);
  const trainers = useTrainers(slug);
  const [draft, setDraft] = useState<Draft>(BLANK);
  const codeOk = /^[A-Za-z0-9][A-Za-z0-9_-]{1,29}$/.test(draft.code.trim());
  const valid = codeOk && draft.title.trim() && draft.provider.trim() && draft.jp >= 1;
  const words = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`training.words.${group}.${value}` as 'training.words.mode.online') }));
  return (
    <Dialog opened onClose={onClose} title={t('training.programmes.addTitle')} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          const body = {
            ...draft,
            code: draft.code.trim(),
            title: draft.title.trim(),
            provider: draft.provider.trim(),
          };
          create.mutate(body, {
            onSuccess: (programme) => {
              notify(t('training.programmes.added', { title: programme.title }), 'success');
              onClose();
            },
          });
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('training.programmes.code')}
              description={t('training.programmes.codeHint')}
              value={draft.code}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
              maxLength={30}
              required
            />
            <TextInput
              label={t('training.programmes.provider')}
              value={draft.provider}
              onChange={(e) => setDraft({ ...draft, provider: e.currentTarget.value })}
              maxLength={200}
              required
            />
          </SimpleGrid>
          <TextInput
            label={t('training.programmes.name')}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            maxLength={200}
            required
          />
          <Textarea
            label={t('training.programmes.description')}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            maxLength={4000}
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('training.programmes.topic')}
              data={words('topic', TRAINING_TOPICS)}
              value={draft.topic}
              onChange={(v) => v && setDraft({ ...draft, topic: v as Draft['topic'] })}
              allowDeselect={false}
            />
            <Select
              label={t('training.programmes.competencyType')}
              data={words('competencyType', COMPETENCY_TYPES)}
              value={draft.competencyType}
              onChange={(v) => v && setDraft({ ...draft, competencyType: v as Draft['competencyType'] })}
              allowDeselect={false}
            />
            <Select
              label={t('training.programmes.mode')}
              data={words('mode', TRAINING_MODES)}
              value={draft.mode}
              onChange={(v) => v && setDraft({ ...draft, mode: v as Draft['mode'] })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('training.programmes.jp')}
              value={draft.jp}
              onChange={(v) => setDraft({ ...draft, jp: typeof v === 'number' ? v : 1 })}
              min={1}
              max={500}
              allowDecimal={false}
              clampBehavior="strict"
              required
            />
            <NumberInput
              label={t('training.programmes.passMark')}
              description={t('training.programmes.passMarkHint')}
              value={draft.passMark ?? ''}
              onChange={(v) => setDraft({ ...draft, passMark: typeof v === 'number' ? v : null })}
              min={0}
              max={100}
              allowDecimal={false}
              clampBehavior="strict"
            />
          </SimpleGrid>
          <MultiSelect
            label={t('training.programmes.mandatory')}
            placeholder={draft.mandatoryGroups.length ? undefined : t('training.programmes.mandatoryNone')}
            data={words('mandatoryGroup', MANDATORY_GROUPS)}
            value={draft.mandatoryGroups}
            onChange={(v) => setDraft({ ...draft, mandatoryGroups: v as Draft['mandatoryGroups'] })}
          />
          <MultiSelect
            label={t('training.programmes.trainers')}
            description={t('training.programmes.trainersHint')}
            data={(trainers.data?.items ?? []).map((x) => ({ value: x.accountId, label: x.name }))}
            value={draft.trainerAccountIds}
            onChange={(v) => setDraft({ ...draft, trainerAccountIds: v })}
            searchable
          />
          <ErrorAlert error={create.error} formValues={draft} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!valid}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
