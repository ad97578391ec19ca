import { EVIDENCE_FILE_MAX_BYTES, EVIDENCE_FILES_MAX } from '@lentera/common';
import { Anchor, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/components';
import { formatNumber } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { notify } from '../ui/notify';
import { evidenceFileUrl, useEvidenceFiles, useRemoveEvidence, useUploadEvidence } from './evidence-api';

function sizeLabel(bytes: number): string {
  const lang = currentLang();
  return bytes >= 1024 * 1024
    ? `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang, 0)} KB`;
}

/** The report's evidence files with download links; the employee may remove them while the report is editable. */
export function EvidenceFileList({
  slug,
  reportId,
  editable = false,
}: {
  slug: string;
  reportId: string;
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const files = useEvidenceFiles(slug, reportId);
  const remove = useRemoveEvidence(slug, reportId);
  if (files.error) return <ErrorAlert error={files.error} />;
  const items = files.data?.items ?? [];
  return (
    <Stack gap={4}>
      <Title order={3} fz="h5">
        {t('performance.report.evidenceFiles')}
      </Title>
      {files.isSuccess && items.length === 0 ? <Text c="dimmed">{t('performance.report.noFiles')}</Text> : null}
      {items.length ? (
        <ul aria-label={t('performance.report.evidenceFiles')}>
          {items.map((f) => (
            <li key={f.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor
                  href={evidenceFileUrl(slug, f.id)}
                  download={f.fileName}
                  aria-label={t('performance.report.download', { name: f.fileName })}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {f.fileName}
                </Anchor>
                <Text span size="sm" c="dimmed">
                  {sizeLabel(f.size)}
                </Text>
                {editable ? (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-xs"
                    loading={remove.isPending && remove.variables === f.id}
                    onClick={() => remove.mutate(f.id)}
                    aria-label={t('performance.report.removeFile', { name: f.fileName })}
                  >
                    {t('common.delete')}
                  </Button>
                ) : null}
              </Group>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}

/** Upload control on the employee's report form: files are attached to the saved report. */
export function EvidenceUpload({ slug, reportId }: { slug: string; reportId: string | undefined }) {
  const { t } = useTranslation();
  if (!reportId)
    return (
      <Stack gap={4}>
        <Title order={3} fz="h5">
          {t('performance.report.evidenceFiles')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('performance.report.saveFirst')}
        </Text>
      </Stack>
    );
  return <EvidenceUploadFor slug={slug} reportId={reportId} />;
}

function EvidenceUploadFor({ slug, reportId }: { slug: string; reportId: string }) {
  const { t } = useTranslation();
  const upload = useUploadEvidence(slug, reportId);
  const [files, setFiles] = useState<File[]>([]);
  const tooLarge = files.find((f) => f.size > EVIDENCE_FILE_MAX_BYTES);
  const send = () =>
    upload.mutate(files, {
      onSuccess: () => {
        setFiles([]);
        notify(t('performance.report.uploaded'), 'success');
      },
    });
  return (
    <Stack gap="xs">
      <EvidenceFileList slug={slug} reportId={reportId} editable />
      <Group align="flex-end" gap="xs" wrap="wrap">
        <FileInput
          multiple
          clearable
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf"
          label={t('performance.report.chooseFiles')}
          description={t('performance.report.evidenceFilesHint')}
          value={files}
          onChange={(value) => setFiles(value.slice(0, EVIDENCE_FILES_MAX))}
          error={tooLarge ? t('performance.report.fileTooLarge', { name: tooLarge.name }) : undefined}
          style={{ flex: '1 1 16rem', minWidth: 0 }}
        />
        <Button
          variant="light"
          disabled={files.length === 0 || Boolean(tooLarge)}
          loading={upload.isPending}
          onClick={send}
        >
          {t('performance.report.upload')}
        </Button>
      </Group>
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
