import type { ExternalInput } from '@lentera/common';
import {
  Button,
  Center,
  FileInput,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { notify } from '../../ui/notify';
import { type MyRegistration, useAttendanceCode, useGiveFeedback, useReportExternal } from '../api';
import { Qr } from '../Qr';

/** The attendance code of a confirmed seat as a large QR code, to show at the door. */
export function QrDialog({
  slug,
  registration,
  onClose,
}: {
  slug: string;
  registration: MyRegistration | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const code = useAttendanceCode(slug, registration?.id ?? null);
  return (
    <Dialog opened={registration !== null} onClose={onClose} title={t('training.mine.qrTitle')} centered size="md">
      <Stack gap="md" align="center">
        <Text fw={600} ta="center">
          {registration?.programmeTitle}
        </Text>
        {code.isPending ? <PageLoader /> : null}
        <ErrorAlert error={code.error} />
        {code.data ? (
          <Center w="100%">
            <Qr
              text={code.data.code}
              size={280}
              label={t('training.mine.qrImage', { title: registration?.programmeTitle ?? '' })}
            />
          </Center>
        ) : null}
        <Text size="sm" ta="center">
          {t('training.mine.qrText')}
        </Text>
      </Stack>
    </Dialog>
  );
}

function RatingField({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value ? String(value) : ''} onChange={(v) => onChange(Number(v))} required>
      <Group gap="md" mt={4}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Radio
            key={n}
            value={String(n)}
            label={String(n)}
            aria-label={t('training.mine.ratingValue', { value: n })}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** Rating the event and the trainer, once, after attending. */
export function FeedbackDialog({
  slug,
  registration,
  onClose,
}: {
  slug: string;
  registration: MyRegistration;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const send = useGiveFeedback(slug);
  const [eventRating, setEventRating] = useState(0);
  const [trainerRating, setTrainerRating] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('training.mine.feedbackTitle', { title: registration.programmeTitle })}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!eventRating || !trainerRating) return;
          send.mutate(
            { registrationId: registration.id, eventRating, trainerRating, comment: comment.trim() },
            {
              onSuccess: () => {
                notify(t('training.mine.feedbackSent'), 'success');
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <RatingField label={t('training.mine.eventRating')} value={eventRating} onChange={setEventRating} />
          <RatingField label={t('training.mine.trainerRating')} value={trainerRating} onChange={setTrainerRating} />
          <Textarea
            label={t('training.mine.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={3}
          />
          <ErrorAlert error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={!eventRating || !trainerRating}>
              {t('training.mine.feedbackSend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

const EVIDENCE_TYPES = 'application/pdf,image/jpeg,image/png,image/webp';
const EVIDENCE_MAX = 5 * 1024 * 1024;

/** Reporting training taken elsewhere, with its certificate as evidence (checked again by the server). */
export function ExternalDialog({ slug, onClose }: { slug: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportExternal(slug);
  const [draft, setDraft] = useState<ExternalInput>({ title: '', provider: '', jp: 1, startedOn: '', endedOn: '' });
  const [evidence, setEvidence] = useState<File | null>(null);
  const tooLarge = evidence !== null && evidence.size > EVIDENCE_MAX;
  const valid =
    draft.title.trim() && draft.provider.trim() && draft.jp >= 1 && draft.startedOn && draft.endedOn && evidence;
  return (
    <Dialog opened onClose={onClose} title={t('training.mine.externalDialog')} centered size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid || !evidence || tooLarge) return;
          report.mutate(
            { data: { ...draft, title: draft.title.trim(), provider: draft.provider.trim() }, evidence },
            {
              onSuccess: () => {
                notify(t('training.mine.externalSent'), 'success');
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('training.mine.externalName')}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            maxLength={200}
            required
          />
          <TextInput
            label={t('training.mine.externalProvider')}
            value={draft.provider}
            onChange={(event) => setDraft({ ...draft, provider: event.currentTarget.value })}
            maxLength={200}
            required
          />
          <NumberInput
            label={t('training.mine.externalJp')}
            value={draft.jp}
            onChange={(value) => setDraft({ ...draft, jp: typeof value === 'number' ? value : 1 })}
            min={1}
            max={500}
            allowDecimal={false}
            clampBehavior="strict"
            required
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('training.mine.externalStarted')}
              value={draft.startedOn}
              onChange={(event) => setDraft({ ...draft, startedOn: event.currentTarget.value })}
              required
            />
            <TextInput
              type="date"
              label={t('training.mine.externalEnded')}
              value={draft.endedOn}
              min={draft.startedOn || undefined}
              onChange={(event) => setDraft({ ...draft, endedOn: event.currentTarget.value })}
              required
            />
          </SimpleGrid>
          <FileInput
            label={t('training.mine.externalEvidence')}
            description={t('training.mine.externalEvidenceHint')}
            placeholder={t('training.mine.externalChoose')}
            accept={EVIDENCE_TYPES}
            value={evidence}
            onChange={setEvidence}
            error={tooLarge ? t('training.mine.externalEvidenceHint') : undefined}
            clearable
            required
          />
          <ErrorAlert error={report.error} formValues={draft} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={report.isPending} disabled={!valid || tooLarge}>
              {t('training.mine.externalSend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
