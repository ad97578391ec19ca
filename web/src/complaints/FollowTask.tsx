import { Button, Stack, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../ui/tenant';
import { followTarget } from './follow-target';
import { useServiceWorker } from './offline';

/**
 * The portal's "follow a complaint" task: a box for the secret link (or its token), which opens the follow page,
 * or for a tracking code, which opens the published complaint's page (which says so when it is not published).
 */
export function FollowTask({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { data: tenant } = useTenant(slug);
  const example = `${tenant?.code ?? 'DUM'}-ADU-${new Date().getFullYear()}-000123`;
  // The portal home is where a citizen first arrives: from here the complaint form also works offline later.
  useServiceWorker();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const target = followTarget(value);
    if (!target) {
      setError(t('complaints.home.followInvalid'));
      return;
    }
    if (target.kind === 'token') {
      void navigate({ to: '/t/$slug/pengaduan/ikuti/$token', params: { slug, token: target.token } });
    } else {
      void navigate({ to: '/t/$slug/pengaduan/$code', params: { slug, code: target.code } });
    }
  };

  return (
    <Stack gap="xs" component="form" onSubmit={onSubmit} aria-labelledby={`${id}-title`} role="search">
      <Title order={3} fz="h4" id={`${id}-title`}>
        {t('complaints.home.followTitle')}
      </Title>
      <TextInput
        label={t('complaints.home.followLabel')}
        description={t('complaints.home.followHint', { example })}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder={example}
        value={value}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          setError(null);
        }}
        error={error}
        size="md"
        maw={560}
        autoComplete="off"
        spellCheck={false}
      />
      <div>
        <Button type="submit" size="md" variant="default">
          {t('complaints.home.followSubmit')}
        </Button>
      </div>
    </Stack>
  );
}
