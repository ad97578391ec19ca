import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import type { Services } from '../../../platform/context';
import { openDatabase } from '../../../platform/db/database';
import { createServices } from '../../../platform/services';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant, TEST_PASSWORD } from '../../../test/factories';
import { describeEachDialect, type TestApp } from '../../../test/harness';
import { HttpClient } from '../../../test/http-client';
import { startS3 } from '../../../test/s3';
import { modules } from '../../index';
import { complaintsRepo } from '../repository';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi, intakeMultipart, jpegWithExif } from '../test/http';

// A real S3-compatible server (s3rver over HTTP) shared by two app instances on one database, as two nodes are.
const s3 = await startS3();
afterAll(async () => {
  await s3.stop();
});

describeEachDialect(
  'complaints: attachments in an S3-compatible bucket, read by another app instance',
  (env) => {
    let tenant: TenantRecord;
    let categoryId: string;
    let second: { services: Services; app: TestApp };

    beforeAll(async () => {
      tenant = await buildTenant(env.services);
      categoryId = (await buildCategory(env.services, tenant)).id;
      await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
      const services = createServices(env.config, modules, {
        clock: env.clock,
        handle: openDatabase(env.config.database, { poolSize: 2 }),
      });
      const app = await buildApp(services, { logger: false });
      await app.ready();
      second = { services, app };
    });
    afterAll(async () => {
      await second?.app.close();
      await second?.services.handle.close();
    });

    it('keeps a photo and its thumbnail in the bucket, not DATA_DIR; the other instance serves both', async () => {
      expect([env.services.files.store.kind, second.services.files.store.kind]).toEqual(['s3', 's3']);
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
      const { body, headers } = intakeMultipart(complaintBody(categoryId), [
        { name: 'foto.jpg', content: jpegWithExif() },
        { name: 'surat.pdf', content: pdf },
      ]);
      const filed = await env.client().post(complaintsApi(tenant), body, headers);
      expect(filed.statusCode).toBe(201);
      const [photo, letter] = await complaintsRepo.attachments(env.services.db, tenant.id, filed.json().id);
      expect(existsSync(join(env.dataDir, photo!.storage_key))).toBe(false);

      const coordinator = await buildAccount(env.services, { roles: [{ tenant, role: 'complaint_coordinator' }] });
      const onSecond = new HttpClient(second.app);
      await onSecond.login(coordinator.email, TEST_PASSWORD);
      const download = await onSecond.get(`${complaintsApi(tenant)}/attachments/${photo!.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(await env.services.files.read(photo!.storage_key))).toBe(true);
      expect((await sharp(download.rawPayload).metadata()).exif).toBeUndefined();

      const thumbnail = await onSecond.get(`${complaintsApi(tenant)}/attachments/${photo!.id}/thumbnail`);
      expect(thumbnail.statusCode).toBe(200);
      expect(thumbnail.headers['content-type']).toBe('image/webp');
      expect((await sharp(thumbnail.rawPayload).metadata()).format).toBe('webp');
      expect((await onSecond.get(`${complaintsApi(tenant)}/attachments/${letter!.id}/thumbnail`)).statusCode).toBe(404);
      const pdfBack = await onSecond.get(`${complaintsApi(tenant)}/attachments/${letter!.id}`);
      expect(pdfBack.rawPayload.equals(pdf)).toBe(true);
    });
  },
  { env: s3.env },
);
