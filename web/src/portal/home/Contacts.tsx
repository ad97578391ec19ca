import type { Tenant } from '@lentera/common';
import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function websiteLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {term}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** How to reach the government: address, phone, e-mail and website, whichever are filled in. */
export function Contacts({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const { address, phone, email, website } = tenant.contacts;
  const none = !address && !phone && !email && !website;
  return (
    <Stack gap="sm" component="section" aria-labelledby="contacts-heading">
      <Title order={2} fz="h3" id="contacts-heading">
        {t('portal.contacts')}
      </Title>
      {none ? <Text c="dimmed">{t('portal.noContacts')}</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" m={0}>
        {address ? <Item term={t('portal.address')}>{address}</Item> : null}
        {phone ? (
          <Item term={t('portal.phone')}>
            <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor>
          </Item>
        ) : null}
        {email ? (
          <Item term={t('portal.email')}>
            <Anchor href={`mailto:${email}`}>{email}</Anchor>
          </Item>
        ) : null}
        {website ? (
          <Item term={t('portal.website')}>
            <Anchor href={website} target="_blank" rel="noopener noreferrer">
              {websiteLabel(website)}
              <span className="visually-hidden">{` (${t('common.opensNewTab')})`}</span>
            </Anchor>
          </Item>
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}
