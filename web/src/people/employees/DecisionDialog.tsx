import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import type { Correction } from './api';
import { CorrectionChanges } from './CorrectionList';

interface DecisionDialogProps {
  correction: Correction | null;
  decision: 'approved' | 'rejected';
  onConfirm: (note: string | null) => void;
  onClose: () => void;
  loading: boolean;
  error: unknown;
}

/**
 * Asks before deciding a correction request, like ConfirmDialog, with the changes repeated and a note for the
 * employee (needed when rejecting: the employee should learn why).
 */
export function DecisionDialog({ correction, decision, onConfirm, onClose, loading, error }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  useEffect(() => {
    if (correction) {
      setNote('');
      setNoteError(null);
    }
  }, [correction]);
  const approving = decision === 'approved';
  const name = correction?.employeeName ?? '';

  const confirm = () => {
    if (!approving && note.trim().length === 0) {
      setNoteError(t('validation.required'));
      return;
    }
    onConfirm(note.trim() || null);
  };

  return (
    <Modal
      opened={correction !== null}
      onClose={onClose}
      title={approving ? t('employees.inbox.approveTitle') : t('employees.inbox.rejectTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">
          {approving ? t('employees.inbox.approveConfirm', { name }) : t('employees.inbox.rejectConfirm', { name })}
        </Text>
        {correction ? <CorrectionChanges changes={correction.changes} /> : null}
        <Textarea
          label={t('employees.inbox.note')}
          required={!approving}
          autosize
          minRows={2}
          value={note}
          error={noteError}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setNoteError(null);
          }}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={approving ? undefined : 'red.9'} onClick={confirm} loading={loading}>
            {approving ? t('employees.inbox.approve') : t('employees.inbox.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
