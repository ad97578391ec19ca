import type { FormField, RequestDetail } from '@lentera/common';
import { Button, Card, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ui/api';
import { ErrorAlert } from '../ui/components';
import { currentLang } from '../ui/i18n';
import { notify } from '../ui/notify';
import { type DocumentFiles, type RequestRef, requestQuery, uploadDocuments } from './api';
import { RequestFields } from './RequestFields';
import { formErrors, serverFieldKey } from './request-form';

/** The document fields the officer asked for (all document fields when the officer named none). */
export function askedFields(detail: RequestDetail): FormField[] {
  const documents = detail.form.filter((f) => f.type === 'document');
  const asked = documents.filter((f) => detail.missing.includes(f.key));
  return asked.length > 0 ? asked : documents;
}

/** The applicant adds the documents the officer found missing; the clock runs again once they are in. */
export function CompleteDocuments({
  slug,
  detail,
  target,
}: {
  slug: string;
  detail: RequestDetail;
  target: RequestRef;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const client = useQueryClient();
  const fields = askedFields(detail).map((f) => ({ ...f, required: true }));
  const [documents, setDocuments] = useState<DocumentFiles>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  if (fields.length === 0) return null;

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = formErrors(fields, {}, documents, lang);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setProgress(0);
    try {
      const next = await uploadDocuments(slug, target, documents, setProgress);
      if (next && typeof next === 'object' && 'id' in next)
        client.setQueryData(requestQuery(slug, target).queryKey, next);
      await client.invalidateQueries({ queryKey: requestQuery(slug, target).queryKey });
      setDocuments({});
      notify(t('services.request.uploaded'), 'success');
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) {
        const onFields: Record<string, string> = {};
        for (const detail of error.fieldErrors) {
          const key = serverFieldKey(detail.path, fields);
          if (key) onFields[key] = detail.message;
        }
        setErrors(onFields);
      }
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="complete-heading">
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h4" id="complete-heading">
            {t('services.request.completeTitle')}
          </Title>
          <Text size="sm">{t('services.request.completeIntro')}</Text>
          <ErrorAlert error={failure} formValues={documents} />
          <RequestFields
            fields={fields}
            answers={{}}
            onAnswer={() => undefined}
            documents={documents}
            onDocuments={(key, files) => setDocuments((current) => ({ ...current, [key]: files }))}
            errors={errors}
            idPrefix="complete"
          />
          {progress !== null ? (
            <Progress value={progress * 100} aria-label={t('services.request.uploadingLabel')} animated />
          ) : null}
          <div>
            <Button type="submit" loading={progress !== null}>
              {t('services.request.send')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
