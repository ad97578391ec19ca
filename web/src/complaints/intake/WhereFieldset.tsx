import { insideIndonesia } from '@lentera/common';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapSlot, useMapTiles } from '../map/MapSlot';
import type { FormValues } from './form';

/** Where: an address and, where the device can tell, coordinates (inside Indonesia); never required. */
export function WhereFieldset({ form }: { form: UseFormReturnType<FormValues> }) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [locationNote, setLocationNote] = useState<string | null>(null);
  const values = form.getValues();
  const tiles = useMapTiles();
  // A point placed on the map (where the installation has a tile server), as "use my location" places one.
  const pick = (latitude: number, longitude: number) => {
    const lat = Math.round(latitude * 1e6) / 1e6;
    const lng = Math.round(longitude * 1e6) / 1e6;
    if (!insideIndonesia(lat, lng)) {
      setLocationNote(t('complaints.form.locationOutside'));
      return;
    }
    setLocationNote(null);
    form.setFieldValue('lat', lat);
    form.setFieldValue('lng', lng);
  };
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocationNote(t('complaints.form.locationError'));
      return;
    }
    setLocating(true);
    setLocationNote(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const lat = Math.round(position.coords.latitude * 1e6) / 1e6;
        const lng = Math.round(position.coords.longitude * 1e6) / 1e6;
        if (!insideIndonesia(lat, lng)) {
          setLocationNote(t('complaints.form.locationOutside'));
          return;
        }
        form.setFieldValue('lat', lat);
        form.setFieldValue('lng', lng);
      },
      () => {
        setLocating(false);
        setLocationNote(t('complaints.form.locationError'));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return (
    <Card withBorder padding="lg" component="fieldset" m={0}>
      <Title order={2} fz="h4" component="legend" px={4}>
        {t('complaints.form.step.where')}
      </Title>
      <Stack gap="sm">
        <TextInput
          label={t('complaints.form.address')}
          description={t('complaints.form.addressHint')}
          maxLength={300}
          autoComplete="street-address"
          {...form.getInputProps('address')}
        />
        <Group gap="sm">
          <Button variant="default" onClick={locate} loading={locating} type="button">
            {locating ? t('complaints.form.locating') : t('complaints.form.useLocation')}
          </Button>
          {values.lat !== null && values.lng !== null ? (
            <>
              <Text size="sm" data-testid="coordinates">
                {t('complaints.form.coordinates', { latitude: values.lat ?? '', longitude: values.lng ?? '' })}
              </Text>
              <Button
                variant="subtle"
                size="xs"
                type="button"
                onClick={() => {
                  form.setFieldValue('lat', null);
                  form.setFieldValue('lng', null);
                }}
              >
                {t('complaints.form.clearLocation')}
              </Button>
            </>
          ) : null}
        </Group>
        {tiles ? (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('complaints.mapPick.hint')}
            </Text>
            <MapSlot lat={values.lat} lng={values.lng} onPick={pick} label={t('complaints.mapPick.label')} />
          </Stack>
        ) : null}
        {locationNote ? (
          <Text size="sm" c="orange.9" role="status">
            {locationNote}
          </Text>
        ) : null}
        {form.errors.lat ? (
          <Text size="sm" c="red.8">
            {form.errors.lat}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
