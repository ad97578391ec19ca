import type { Unit } from '@lentera/common';
import { ActionIcon, Badge, Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { buildForest, matchingIds, parentIds, type UnitNode } from './tree';

interface UnitTreeProps {
  units: readonly Unit[];
  /** Names the tree for screen readers (the section's heading). */
  label: string;
  /** The unit's name, as a link to its page or plain text. */
  renderName: (unit: Unit) => ReactNode;
  /** Buttons or a menu at the end of a unit's row. */
  renderActions?: (unit: Unit) => ReactNode;
  /** A unit to show (just created or moved): its ancestors open once it is in the list. */
  reveal?: string | null;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The unit (OPD) tree as nested lists: each unit with its kind, code, head and headcount; branches open and
 * close with a button whose state screen readers announce. Readable on a phone: the rows wrap, nothing scrolls.
 */
export function UnitTree({ units, label, renderName, renderActions, reveal }: UnitTreeProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const forest = useMemo(() => buildForest(units), [units]);
  const [open, setOpen] = useState<Set<string>>(() => new Set(forest.map((n) => n.unit.id)));
  const [filter, setFilter] = useState('');
  const matches = useMemo(() => matchingIds(units, filter), [units, filter]);
  const revealed = units.find((u) => u.id === reveal);
  useEffect(() => {
    if (!revealed) return;
    setOpen((previous) => new Set([...previous, ...revealed.path.filter((id) => id !== revealed.id)]));
  }, [revealed]);

  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderNode = (node: UnitNode): ReactNode => {
    const { unit } = node;
    if (matches && !matches.has(unit.id)) return null;
    const hasChildren = node.children.length > 0;
    const expanded = hasChildren && (matches !== null || open.has(unit.id));
    return (
      <li key={unit.id} data-unit-code={unit.code}>
        <Group
          gap="xs"
          wrap="nowrap"
          align="flex-start"
          py={6}
          px="xs"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', opacity: unit.closedOn ? 0.75 : 1 }}
          bg={unit.closedOn ? 'gray.1' : undefined}
        >
          {hasChildren ? (
            <ActionIcon
              variant="subtle"
              color="gray.8"
              size="md"
              aria-expanded={expanded}
              aria-label={t(expanded ? 'structure.tree.collapse' : 'structure.tree.expand', { name: unit.name })}
              onClick={() => toggle(unit.id)}
              disabled={matches !== null}
            >
              <Chevron open={expanded} />
            </ActionIcon>
          ) : (
            <Box w={28} style={{ flex: 'none' }} />
          )}
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6} wrap="wrap">
              <Text fw={600} c={unit.closedOn ? 'gray.7' : undefined} style={{ overflowWrap: 'anywhere' }}>
                {renderName(unit)}
              </Text>
              <Badge variant="default" size="sm" tt="none">
                {t(`structure.unitTypes.${unit.type}` as 'structure.unitTypes.dinas')}
              </Badge>
              {unit.closedOn ? (
                <Badge variant="outline" color="gray.8" size="sm">
                  {t('structure.tree.closed', { date: formatCalendarDate(unit.closedOn, lang, false) })}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
              {t('structure.tree.code', { code: unit.code })}
              {' · '}
              {unit.head?.name
                ? `${t('structure.tree.head')}: ${unit.head.name} (${unit.head.position})`
                : unit.head
                  ? t('structure.tree.headVacant')
                  : t('structure.tree.noHeadPosition')}
              {' · '}
              {hasChildren
                ? t('structure.tree.headcountWithSubunits', { count: unit.headcount, total: unit.headcountTotal })
                : t('structure.tree.headcount', { count: unit.headcount })}
            </Text>
          </Stack>
          {renderActions ? <Box style={{ flex: 'none' }}>{renderActions(unit)}</Box> : null}
        </Group>
        {expanded ? (
          <ul style={{ listStyle: 'none', margin: 0, paddingInlineStart: 'clamp(10px, 3vw, 24px)' }}>
            {node.children.map(renderNode)}
          </ul>
        ) : null}
      </li>
    );
  };

  const shown = forest.map(renderNode).filter(Boolean);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('structure.tree.filter')}
          description={t('structure.tree.filterHint')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
        />
        <Button variant="default" onClick={() => setOpen(parentIds(units))}>
          {t('structure.tree.expandAll')}
        </Button>
        <Button variant="default" onClick={() => setOpen(new Set())}>
          {t('structure.tree.collapseAll')}
        </Button>
      </Group>
      {units.length === 0 ? <Text>{t('structure.tree.empty')}</Text> : null}
      {units.length > 0 && shown.length === 0 ? <Text>{t('structure.tree.noMatch', { q: filter })}</Text> : null}
      <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown}
      </ul>
    </Stack>
  );
}
