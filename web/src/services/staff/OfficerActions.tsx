import { formatFee, type RequestAction, type RequestDetail } from '@lentera/common';
import { Button, Checkbox, FileInput, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { type OfficerStep, useOfficerStep } from '../api';
import { parseRupiah } from '../format';
import { fieldLabel } from '../RequestFields';

type Opened = 'incomplete' | 'refuse' | 'payment' | 'output' | null;

/** The officer's buttons: only the actions the request's state allows (the server says which). */
export function OfficerActions({ slug, detail }: { slug: string; detail: RequestDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const step = useOfficerStep(slug, detail.id);
  const [opened, setOpened] = useState<Opened>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [receipt, setReceipt] = useState('');
  const [amount, setAmount] = useState(String(detail.fee));
  const [outputKind, setOutputKind] = useState<'letter' | 'file' | 'pickup'>(
    detail.standard.outputKind === 'pickup' ? 'pickup' : detail.standard.outputKind,
  );
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = (action: OfficerStep, done: string) => {
    setProblem(null);
    step.mutate(action, {
      onSuccess: () => {
        setOpened(null);
        notify(done, 'success');
      },
    });
  };
  const open = (which: Opened) => {
    step.reset();
    setProblem(null);
    setOpened(which);
  };
  const has = (action: RequestAction) => detail.actions.includes(action);
  const documentFields = detail.form.filter((f) => f.type === 'document');
  if (detail.actions.length === 0) return null;

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        {has('process') ? (
          <Button
            onClick={() => run({ action: 'process', body: {} }, t('services.officer.processed'))}
            loading={step.isPending && !opened}
          >
            {t('services.officer.process')}
          </Button>
        ) : null}
        {has('incomplete') ? (
          <Button variant="default" onClick={() => open('incomplete')}>
            {t('services.officer.incomplete')}
          </Button>
        ) : null}
        {has('approve') ? (
          <Button
            color="teal.9"
            onClick={() => run({ action: 'approve', body: {} }, t('services.officer.approved'))}
            loading={step.isPending && !opened}
          >
            {t('services.officer.approve')}
          </Button>
        ) : null}
        {has('refuse') ? (
          <Button color="red.9" variant="outline" onClick={() => open('refuse')}>
            {t('services.officer.refuse')}
          </Button>
        ) : null}
        {has('payment') ? (
          <Button variant="default" onClick={() => open('payment')}>
            {t('services.officer.payment')}
          </Button>
        ) : null}
        {has('output') ? <Button onClick={() => open('output')}>{t('services.officer.output')}</Button> : null}
        {has('done') ? (
          <Button
            color="teal.9"
            onClick={() => run({ action: 'done', body: {} }, t('services.officer.finished'))}
            loading={step.isPending && !opened}
          >
            {t('services.officer.done')}
          </Button>
        ) : null}
      </Group>
      {!opened ? <ErrorAlert error={step.error} /> : null}

      <Dialog
        opened={opened === 'incomplete'}
        onClose={() => setOpened(null)}
        title={t('services.officer.incompleteTitle')}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim().length < 3) return setProblem(t('services.officer.noteRequired'));
            run({ action: 'incomplete', body: { missing, note: note.trim() } }, t('services.officer.markedIncomplete'));
          }}
        >
          <Stack>
            <Text size="sm">{t('services.officer.incompleteIntro')}</Text>
            {documentFields.length > 0 ? (
              <Checkbox.Group label={t('services.officer.missingFields')} value={missing} onChange={setMissing}>
                <Stack gap="xs" mt="xs">
                  {documentFields.map((f) => (
                    <Checkbox key={f.key} value={f.key} label={fieldLabel(f, lang)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : null}
            <Textarea
              label={t('services.officer.note')}
              description={t('services.officer.noteHint')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={note}
              error={problem}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <ErrorAlert error={step.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={step.isPending}>
                {t('services.officer.incompleteConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>

      <Dialog opened={opened === 'refuse'} onClose={() => setOpened(null)} title={t('services.officer.refuseTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length < 3) return setProblem(t('services.officer.reasonRequired'));
            run({ action: 'refuse', body: { reason: reason.trim() } }, t('services.officer.refused'));
          }}
        >
          <Stack>
            <Textarea
              label={t('services.officer.reason')}
              description={t('services.officer.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              error={problem}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ErrorAlert error={step.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={step.isPending}>
                {t('services.officer.refuseConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>

      <Dialog opened={opened === 'payment'} onClose={() => setOpened(null)} title={t('services.officer.paymentTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = parseRupiah(amount);
            if (receipt.trim().length < 2) return setProblem(t('services.officer.receiptRequired'));
            if (value === null) return setProblem(t('services.officer.amountRequired'));
            run({ action: 'payment', body: { receipt: receipt.trim(), amount: value } }, t('services.officer.paid'));
          }}
        >
          <Stack>
            <Text size="sm">{t('services.officer.paymentIntro', { fee: formatFee(detail.fee) })}</Text>
            <TextInput
              label={t('services.officer.receipt')}
              required
              maxLength={80}
              value={receipt}
              onChange={(e) => setReceipt(e.currentTarget.value)}
            />
            <TextInput
              label={t('services.officer.amount')}
              description={t('services.officer.amountHint')}
              required
              inputMode="numeric"
              leftSection="Rp"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
            />
            {parseRupiah(amount) !== null && parseRupiah(amount) !== detail.fee ? (
              <Text size="sm" c="orange.9">
                {t('services.officer.amountDiffers', { fee: formatFee(detail.fee) })}
              </Text>
            ) : null}
            {problem ? (
              <Text size="sm" c="red.9" role="alert">
                {problem}
              </Text>
            ) : null}
            <ErrorAlert error={step.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={step.isPending}>
                {t('services.officer.paymentConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>

      <Dialog opened={opened === 'output'} onClose={() => setOpened(null)} title={t('services.officer.outputTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (outputKind === 'file' && !file) return setProblem(t('services.officer.fileRequired'));
            run(
              { action: 'output', kind: outputKind, file: outputKind === 'file' ? (file ?? undefined) : undefined },
              t('services.officer.outputDone'),
            );
          }}
        >
          <Stack>
            <Radio.Group
              label={t('services.officer.outputKind')}
              value={outputKind}
              onChange={(value) => setOutputKind(value as 'letter' | 'file' | 'pickup')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="letter"
                  label={t('services.officer.outputLetter')}
                  description={t('services.officer.outputLetterHint')}
                />
                <Radio value="file" label={t('services.officer.outputFile')} />
                <Radio value="pickup" label={t('services.officer.outputPickup')} />
              </Stack>
            </Radio.Group>
            {outputKind === 'file' ? (
              <FileInput
                label={t('services.officer.outputFileInput')}
                accept="application/pdf,.pdf"
                required
                clearable
                clearButtonProps={{ 'aria-label': t('common.delete') }}
                placeholder={t('services.form.chooseFile')}
                // Mantine's placeholder grey is below 4.5:1 on white.
                styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
                value={file}
                onChange={setFile}
                error={problem}
              />
            ) : null}
            <ErrorAlert error={step.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={step.isPending}>
                {t('services.officer.outputConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Stack>
  );
}
