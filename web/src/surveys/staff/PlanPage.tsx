import {
  ELEMENT_CODES,
  type ElementCode,
  type PlanActionView,
  SURVEY_PLAN_STATUSES,
  SURVEYS_PERMISSIONS,
  type SurveyPlanStatus,
  type SurveyUnitsView,
} from '@lentera/common';
import {
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { todayIn } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { useTenantTimeZone } from '../../ui/tenant';
import { useAddPlanAction, useStaffResults, useUpdatePlanAction } from '../api';
import { elementName } from '../labels';
import { PlanList } from '../parts';
import { StaffFrame } from './StaffFrame';
import { UnitPeriodPicker, useUnitPeriod } from './UnitPeriodPicker';

interface ActionDraft {
  element: ElementCode;
  action: string;
  owner: string;
  dueDate: string;
  progress: number;
  status: SurveyPlanStatus;
}

function ActionDialog({
  opened,
  title,
  initial,
  elementFixed,
  saving,
  error,
  onClose,
  onSave,
}: {
  opened: boolean;
  title: string;
  initial: ActionDraft;
  elementFixed: boolean;
  saving: boolean;
  error: unknown;
  onClose: () => void;
  onSave: (draft: ActionDraft) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [draft, setDraft] = useState(initial);
  const valid = draft.action.trim().length >= 5 && draft.owner.trim().length >= 2 && Boolean(draft.dueDate);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onSave(draft);
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('surveys.plan.element')}
            data={ELEMENT_CODES.map((code) => ({ value: code, label: elementName(code, lang) }))}
            value={draft.element}
            onChange={(value) => value && setDraft({ ...draft, element: value as ElementCode })}
            allowDeselect={false}
            disabled={elementFixed}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('surveys.plan.action')}
            value={draft.action}
            onChange={(event) => setDraft({ ...draft, action: event.currentTarget.value })}
            maxLength={1000}
            autosize
            minRows={3}
            required
          />
          <TextInput
            label={t('surveys.plan.owner')}
            value={draft.owner}
            onChange={(event) => setDraft({ ...draft, owner: event.currentTarget.value })}
            maxLength={160}
            required
          />
          <TextInput
            type="date"
            label={t('surveys.plan.dueDate')}
            value={draft.dueDate}
            onChange={(event) => setDraft({ ...draft, dueDate: event.currentTarget.value })}
            required
          />
          <NumberInput
            label={t('surveys.plan.progress')}
            value={draft.progress}
            onChange={(value) => setDraft({ ...draft, progress: typeof value === 'number' ? value : 0 })}
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            clampBehavior="strict"
          />
          <Slider
            value={draft.progress}
            onChange={(value) => setDraft({ ...draft, progress: value })}
            min={0}
            max={100}
            step={5}
            label={null}
            thumbLabel={t('surveys.plan.progress')}
          />
          <Select
            label={t('surveys.plan.status')}
            data={SURVEY_PLAN_STATUSES.map((status) => ({ value: status, label: t(`surveys.planStatus.${status}`) }))}
            value={draft.status}
            onChange={(value) => value && setDraft({ ...draft, status: value as SurveyPlanStatus })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={!valid}>
              {t('surveys.plan.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Plan({ slug, units }: { slug: string; units: SurveyUnitsView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const today = todayIn(useTenantTimeZone());
  const { unitId, period, periods, go } = useUnitPeriod(slug, '/t/$slug/survei-rencana', units);
  const results = useStaffResults(slug, unitId, period);
  const add = useAddPlanAction(slug);
  const update = useUpdatePlanAction(slug);
  const [editing, setEditing] = useState<PlanActionView | 'new' | null>(null);
  const data = results.data;
  const weakest = data?.weakest.slice(0, 3) ?? [];
  const close = () => {
    add.reset();
    update.reset();
    setEditing(null);
  };
  const blank: ActionDraft = {
    element: weakest[0] ?? 'U1',
    action: '',
    owner: '',
    dueDate: today,
    progress: 0,
    status: 'planned',
  };
  return (
    <>
      <UnitPeriodPicker units={units} unitId={unitId} period={period} periods={periods} onChange={go} />
      {results.isPending && results.fetchStatus !== 'idle' ? <PageLoader /> : null}
      {results.isError ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
      {data ? (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Group justify="space-between" gap="sm">
              {weakest.length > 0 && data.unit.respondents > 0 ? (
                <Text>
                  {t('surveys.plan.weakestHint', { names: weakest.map((code) => elementName(code, lang)).join(', ') })}
                </Text>
              ) : (
                <span />
              )}
              <Button onClick={() => setEditing('new')}>{t('surveys.plan.add')}</Button>
            </Group>
            {data.unit.plan.length === 0 ? (
              <Text c="dimmed">{t('surveys.plan.empty')}</Text>
            ) : (
              <PlanList plan={data.unit.plan} onEdit={setEditing} editLabel={t('surveys.plan.edit')} />
            )}
          </Stack>
        </Card>
      ) : null}
      {editing && unitId && period ? (
        <ActionDialog
          opened
          title={t(editing === 'new' ? 'surveys.plan.addTitle' : 'surveys.plan.editTitle')}
          initial={editing === 'new' ? blank : { ...editing }}
          elementFixed={editing !== 'new'}
          saving={add.isPending || update.isPending}
          error={add.error ?? update.error}
          onClose={close}
          onSave={(draft) => {
            const fields = {
              action: draft.action.trim(),
              owner: draft.owner.trim(),
              dueDate: draft.dueDate,
              progress: draft.progress,
              status: draft.status,
            };
            if (editing === 'new')
              add.mutate({ unitId, period, element: draft.element, ...fields }, { onSuccess: close });
            else update.mutate({ id: editing.id, change: fields }, { onSuccess: close });
          }}
        />
      ) : null}
    </>
  );
}

/** `/t/:slug/survei-rencana`: the unit's improvement actions for a period, followed to the end. */
export function PlanPage() {
  const { t } = useTranslation();
  return (
    <StaffFrame
      permission={SURVEYS_PERMISSIONS.publish}
      title={t('surveys.plan.title')}
      description={t('surveys.plan.intro')}
    >
      {(units, slug) => <Plan slug={slug} units={units} />}
    </StaffFrame>
  );
}
