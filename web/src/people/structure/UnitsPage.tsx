import { PEOPLE_PERMISSIONS, type Unit } from '@lentera/common';
import { ActionIcon, Button, Card, Menu, Switch } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { AnchorLink } from '../../ui/links';
import { useTenantSlug } from '../../ui/tenant';
import { useUnitTree } from './api';
import { type UnitDialog, UnitDialogModal } from './UnitDialogs';
import { UnitTree } from './UnitTree';

function Dots() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="5" cy="12" r="2" fill="currentColor" />
      <circle cx="12" cy="12" r="2" fill="currentColor" />
      <circle cx="19" cy="12" r="2" fill="currentColor" />
    </svg>
  );
}

function UnitActions({ unit, onAction }: { unit: Unit; onAction: (dialog: UnitDialog) => void }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={t('structure.units.actionsOf', { name: unit.name })}>
          <Dots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => void navigate({ to: '/t/$slug/people/units/$unitId', params: { slug, unitId: unit.id } })}
        >
          {t('structure.units.positions')}
        </Menu.Item>
        {unit.closedOn ? null : (
          <>
            <Menu.Item onClick={() => onAction({ kind: 'create', parent: unit })}>
              {t('structure.units.addUnder', { name: unit.name })}
            </Menu.Item>
            <Menu.Item onClick={() => onAction({ kind: 'edit', unit })}>{t('structure.units.edit')}</Menu.Item>
            <Menu.Item onClick={() => onAction({ kind: 'move', unit })}>{t('structure.units.move')}</Menu.Item>
            <Menu.Item color="red.9" onClick={() => onAction({ kind: 'close', unit })}>
              {t('structure.units.close')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function UnitsContent({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [dialog, setDialog] = useState<UnitDialog | null>(null);
  const [reveal, setReveal] = useState<string | null>(null);
  const units = useUnitTree(slug, includeClosed);
  return (
    <Page
      title={t('structure.units.title')}
      description={t('structure.units.intro')}
      actions={<Button onClick={() => setDialog({ kind: 'create', parent: null })}>{t('structure.units.add')}</Button>}
    >
      <Card withBorder padding="sm">
        <Switch
          label={t('structure.units.includeClosed')}
          checked={includeClosed}
          onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
          mb="sm"
        />
        {units.isPending ? <PageLoader /> : null}
        {units.isError ? <ErrorAlert error={units.error} onRetry={() => void units.refetch()} /> : null}
        {units.data ? (
          <UnitTree
            units={units.data}
            label={t('structure.units.title')}
            renderName={(unit) => (
              <AnchorLink to="/t/$slug/people/units/$unitId" params={{ slug, unitId: unit.id }} inherit>
                {unit.name}
              </AnchorLink>
            )}
            renderActions={(unit) => <UnitActions unit={unit} onAction={setDialog} />}
            reveal={reveal}
          />
        ) : null}
      </Card>
      {dialog && units.data ? (
        <UnitDialogModal
          slug={slug}
          units={units.data}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onDone={setReveal}
        />
      ) : null}
    </Page>
  );
}

/** The OPD tree for those who manage it: create, edit, move and close units. */
export function UnitsPage() {
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.manageUnits}>
      <UnitsContent slug={slug} />
    </RequireAccess>
  );
}
