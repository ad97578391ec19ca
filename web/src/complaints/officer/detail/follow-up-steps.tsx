import type { AssignableOfficer, ComplaintDetail } from '@lentera/common';
import { Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../../people/employees/api';
import { ErrorAlert } from '../../../ui/components';
import { notify } from '../../../ui/notify';
import { useAccount } from '../../../ui/session';
import { useOfficerAction, useUnitOfficers } from '../../api';

/** The assignee: chosen among the officers who may handle the unit's complaints (or oneself, in one click). */
export function AssignStep({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const account = useAccount();
  const assign = useOfficerAction(slug, complaint.id, 'assign');
  const officers = useUnitOfficers(slug, complaint.unit?.id ?? null);
  const [choice, setChoice] = useState<string | null>(null);
  const mine = account && complaint.assignedTo?.id === account.id;
  const done = { onSuccess: () => notify(t('complaints.officer.done'), 'success') };
  const roleLabel = (role: AssignableOfficer['role']) => t(`complaints.officer.officerRole.${role}`);
  return (
    <Stack gap="xs" data-testid="assign-step">
      <ErrorAlert error={assign.error ?? officers.error} />
      <Group gap="sm">
        <Text size="sm">
          {t('complaints.officer.assignee')}: {complaint.assignedTo?.name ?? '—'}
        </Text>
        {account && !mine ? (
          <Button
            size="xs"
            variant="default"
            loading={assign.isPending && !choice}
            onClick={() => assign.mutate({ accountId: account.id }, done)}
          >
            {t('complaints.officer.assignMe')}
          </Button>
        ) : null}
      </Group>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('complaints.officer.assignTo')}
          placeholder={t('complaints.officer.assignChoose')}
          searchable
          nothingFoundMessage={t('complaints.officer.noOfficers')}
          data={(officers.data ?? [])
            .filter((o) => o.accountId !== complaint.assignedTo?.id)
            .map((o) => ({ value: o.accountId, label: `${o.name} · ${roleLabel(o.role)}` }))}
          value={choice}
          onChange={setChoice}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          variant="default"
          disabled={!choice}
          loading={assign.isPending && !!choice}
          onClick={() =>
            choice &&
            assign.mutate(
              { accountId: choice },
              {
                onSuccess: () => {
                  setChoice(null);
                  done.onSuccess();
                },
              },
            )
          }
        >
          {t('complaints.officer.assign')}
        </Button>
      </Group>
    </Stack>
  );
}

export function LinkEmployeeStep({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const directory = useDirectory(slug, { q: debounced || undefined });
  const link = useOfficerAction(slug, complaint.id, 'employees');
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      {complaint.employees.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('complaints.officer.linkedEmployees')}
          </Text>
          <List size="sm">
            {complaint.employees.map((e) => (
              <List.Item key={e.id}>{e.name}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <ErrorAlert error={link.error} />
      <Group align="flex-end" gap="xs">
        <Select
          label={t('complaints.officer.employeeSearch')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={(directory.data?.items ?? []).map((e) => ({
            value: e.id,
            label: [e.displayName, e.positionName, e.unitName].filter(Boolean).join(' · '),
          }))}
          value={employeeId}
          onChange={setEmployeeId}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          variant="default"
          disabled={!employeeId}
          loading={link.isPending}
          onClick={() =>
            employeeId &&
            link.mutate(
              { employeeId },
              {
                onSuccess: () => {
                  setEmployeeId(null);
                  setSearch('');
                },
              },
            )
          }
        >
          {t('complaints.officer.linkEmployee')}
        </Button>
      </Group>
    </Stack>
  );
}
