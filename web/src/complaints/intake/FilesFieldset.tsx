import { ATTACHMENTS_MAX } from '@lentera/common';
import { ActionIcon, Alert, Button, Card, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../ui/i18n';
import { ACCEPTED_TYPES, checkFiles, type FileProblem, fileSize } from '../files';

/** Up to five photos or PDFs, checked on the device first (the server checks them again by content). */
export function FilesFieldset({ files, setFiles }: { files: File[]; setFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [fileProblems, setFileProblems] = useState<FileProblem[]>([]);
  const problemText = (problem: FileProblem): string => {
    if (problem.kind === 'tooMany') return t('complaints.form.tooManyFiles', { max: ATTACHMENTS_MAX });
    return problem.kind === 'tooLarge'
      ? t('complaints.form.fileTooLarge', { name: problem.name })
      : t('complaints.form.fileType', { name: problem.name });
  };

  const addFiles = async (picked: File[]) => {
    const { accepted, problems } = await checkFiles(files, picked);
    setFiles([...files, ...accepted]);
    setFileProblems(problems);
  };
  return (
    <Card withBorder padding="lg" component="fieldset" m={0}>
      <Title order={2} fz="h4" component="legend" px={4}>
        {t('complaints.form.step.files')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" id="files-hint">
          {t('complaints.form.filesHint', { max: ATTACHMENTS_MAX })}
        </Text>
        <Group>
          <FileButton onChange={(picked) => void addFiles(picked)} accept={ACCEPTED_TYPES} multiple>
            {(props) => (
              <Button
                {...props}
                variant="default"
                disabled={files.length >= ATTACHMENTS_MAX}
                aria-describedby="files-hint"
              >
                {t('complaints.form.addFiles')}
              </Button>
            )}
          </FileButton>
        </Group>
        {files.length > 0 ? (
          <List size="sm" spacing={4} listStyleType="none" data-testid="attachments">
            {files.map((file, index) => (
              <List.Item key={`${file.name}-${file.size}-${file.lastModified}`}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {file.name} ({fileSize(file.size, lang)})
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('complaints.form.removeFile', { name: file.name })}
                    onClick={() => setFiles(files.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}
        {fileProblems.length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            <List size="sm">
              {fileProblems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fresh list each time files are picked
                <List.Item key={index}>{problemText(problem)}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
