import { EXTRA_QUESTIONS_ACTIVE_MAX, type ExtraQuestionAdminView, SURVEYS_PERMISSIONS } from '@lentera/common';
import { Alert, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { RequireAccess } from '../../ui/guards';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { useAddQuestion, useAdminQuestions, useChangeQuestion } from '../api';

const TEXT_MAX = 300;

interface QuestionDraft {
  textId: string;
  textEn: string;
}

/** The two wordings of a question; Indonesian is required (at least 3 characters). */
function QuestionFields({
  draft,
  onChange,
  tried,
}: {
  draft: QuestionDraft;
  onChange: (d: QuestionDraft) => void;
  tried: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        label={t('surveys.questions.textId')}
        description={t('surveys.questions.textIdHint')}
        value={draft.textId}
        onChange={(event) => onChange({ ...draft, textId: event.currentTarget.value })}
        maxLength={TEXT_MAX}
        autosize
        minRows={2}
        required
        error={tried && draft.textId.trim().length < 3 ? t('surveys.questions.tooShort') : undefined}
      />
      <Textarea
        label={t('surveys.questions.textEn')}
        description={t('surveys.questions.textEnHint')}
        value={draft.textEn}
        onChange={(event) => onChange({ ...draft, textEn: event.currentTarget.value })}
        maxLength={TEXT_MAX}
        autosize
        minRows={2}
      />
    </>
  );
}

function AddQuestion({ slug, full }: { slug: string; full: boolean }) {
  const { t } = useTranslation();
  const add = useAddQuestion(slug);
  const [draft, setDraft] = useState<QuestionDraft>({ textId: '', textEn: '' });
  const [tried, setTried] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="add-question-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (draft.textId.trim().length < 3) return;
          add.mutate(
            { textId: draft.textId.trim(), textEn: draft.textEn.trim() },
            {
              onSuccess: () => {
                setDraft({ textId: '', textEn: '' });
                setTried(false);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h3" id="add-question-heading">
            {t('surveys.questions.add')}
          </Title>
          {full ? (
            <Alert color="orange" variant="light">
              {t('surveys.questions.full', { max: EXTRA_QUESTIONS_ACTIVE_MAX })}
            </Alert>
          ) : null}
          <QuestionFields draft={draft} onChange={setDraft} tried={tried} />
          <ErrorAlert error={add.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending} disabled={full}>
              {t('surveys.questions.addButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function EditDialog({
  slug,
  question,
  onClose,
}: {
  slug: string;
  question: ExtraQuestionAdminView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeQuestion(slug);
  const [draft, setDraft] = useState<QuestionDraft>({ textId: question.textId, textEn: question.textEn });
  const [tried, setTried] = useState(false);
  return (
    <Dialog opened onClose={onClose} title={t('surveys.questions.editTitle')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (draft.textId.trim().length < 3) return;
          change.mutate(
            { id: question.id, change: { textId: draft.textId.trim(), textEn: draft.textEn.trim() } },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('surveys.questions.editHint')}</Text>
          <QuestionFields draft={draft} onChange={setDraft} tried={tried} />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('surveys.questions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function QuestionRow({
  slug,
  question,
  number,
  onEdit,
}: {
  slug: string;
  question: ExtraQuestionAdminView;
  number: number;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeQuestion(slug);
  return (
    <Table.Tr>
      <Table.Td>{number}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 240 }}>{question.textId}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 200 }}>
        {question.textEn || (
          <Text span c="dimmed" size="sm">
            {t('surveys.questions.sameAsId')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge
          label={t(question.active ? 'surveys.questions.active' : 'surveys.questions.inactive')}
          color={question.active ? 'teal' : 'gray'}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            {t('surveys.questions.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color={question.active ? 'red' : 'blue'}
            loading={change.isPending}
            onClick={() => change.mutate({ id: question.id, change: { active: !question.active } })}
          >
            {t(question.active ? 'surveys.questions.deactivate' : 'surveys.questions.activate')}
          </Button>
        </Group>
        {change.error ? <ErrorAlert error={change.error} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}

function Questions() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const questions = useAdminQuestions(slug);
  const [editing, setEditing] = useState<ExtraQuestionAdminView | null>(null);
  const list = questions.data ?? [];
  const activeCount = list.filter((q) => q.active).length;
  const title = t('surveys.questions.listTitle');
  return (
    <Page title={t('surveys.questions.title')} description={t('surveys.questions.intro')}>
      <AddQuestion slug={slug} full={activeCount >= EXTRA_QUESTIONS_ACTIVE_MAX} />
      <Card withBorder padding="lg" component="section" aria-labelledby="questions-heading">
        <Stack gap="sm">
          <Title order={2} fz="h3" id="questions-heading">
            {title}
          </Title>
          {questions.isPending ? <PageLoader /> : null}
          {questions.isError ? <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} /> : null}
          {questions.data && list.length === 0 ? <Text c="dimmed">{t('surveys.questions.empty')}</Text> : null}
          {list.length > 0 ? (
            <>
              <Text size="sm">
                {t('surveys.questions.activeCount', { count: activeCount, max: EXTRA_QUESTIONS_ACTIVE_MAX })}
              </Text>
              <TableScroll minWidth={760} label={title}>
                <Table striped withTableBorder verticalSpacing="xs" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('surveys.questions.number')}</Table.Th>
                      <Table.Th scope="col">{t('surveys.questions.textId')}</Table.Th>
                      <Table.Th scope="col">{t('surveys.questions.textEn')}</Table.Th>
                      <Table.Th scope="col">{t('surveys.questions.status')}</Table.Th>
                      <Table.Th scope="col">{t('surveys.questions.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((question, index) => (
                      <QuestionRow
                        key={question.id}
                        slug={slug}
                        question={question}
                        number={index + 1}
                        onEdit={() => setEditing(question)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </>
          ) : null}
        </Stack>
      </Card>
      {editing ? <EditDialog key={editing.id} slug={slug} question={editing} onClose={() => setEditing(null)} /> : null}
    </Page>
  );
}

/**
 * `/t/:slug/survei-pertanyaan`: the tenant's own survey questions (tenant admin). They are asked after the nine
 * elements, may be left empty, and never enter the IKM; a question is deactivated, never deleted, so that the answers
 * already given keep their question.
 */
export function QuestionsPage() {
  return (
    <RequireAccess permission={SURVEYS_PERMISSIONS.configure}>
      <Questions />
    </RequireAccess>
  );
}
