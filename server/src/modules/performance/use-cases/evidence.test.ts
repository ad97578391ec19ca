import { evidenceFileSchema, reportSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { intakeMultipart, jpegWithExif } from '../../complaints/test/http';
import { json, signInAs } from '../../people/test/http';
import { approvedPlans, buildOrg, type Org, openTestYear } from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';

/** A multipart form with the files in field `files` (the intake helper names its field `attachments`). */
function filesForm(files: Array<{ name: string; content: Buffer }>) {
  const form = intakeMultipart({}, files);
  return {
    body: Buffer.from(form.body.toString('latin1').replaceAll('name="attachments"', 'name="files"'), 'latin1'),
    headers: form.headers,
  };
}
const filesOf = (body: unknown) => z.object({ items: z.array(evidenceFileSchema) }).parse(body).items;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

describeEachDialect('performance: evidence files on periodic reports', (env) => {
  let tenant: TenantRecord;
  let org: Org;
  let api: string;
  let member: HttpClient;
  let head: HttpClient;
  let reportId: string;

  const upload = (client: HttpClient, id: string, files: Array<{ name: string; content: Buffer }>) => {
    const { body, headers } = filesForm(files);
    return client.post(`${api}/reports/${id}/evidence-files`, body, headers);
  };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    org = await buildOrg(env.services, tenant, 2);
    await openTestYear(env.services, tenant);
    const plans = await approvedPlans(env.services, tenant, org);
    const indicatorId = plans.staff[0]!.approvedContent!.rhk[0]!.indicators[0]!.id;
    member = await signInEmployee(env, org.staff[0]!);
    head = await signInEmployee(env, org.head);
    const draft = reportSchema.parse(
      json(
        await member.put(`${api}/reports`, {
          year: 2026,
          periodIndex: 10,
          content: {
            realisations: [{ indicatorId, realisation: '11 dokumen' }],
            activities: [],
            evidence: [],
            obstacles: '',
            nextSteps: '',
          },
        }),
      ),
    );
    reportId = draft.id;
  });

  it('takes a photo and a PDF on the employee’s draft, strips the photo’s EXIF/GPS, and lists them', async () => {
    const response = await upload(member, reportId, [
      { name: 'kegiatan lapangan.jpeg', content: jpegWithExif() },
      { name: 'daftar-hadir.pdf', content: pdf },
    ]);
    expect(response.statusCode).toBe(201);
    const items = filesOf(response.json());
    expect(items.map((f) => [f.fileName, f.mime])).toEqual([
      ['kegiatan lapangan.jpg', 'image/jpeg'],
      ['daftar-hadir.pdf', 'application/pdf'],
    ]);
    expect(filesOf(json(await member.get(`${api}/reports/${reportId}/evidence-files`)))).toEqual(items);
    const photo = await member.get(`${api}/evidence-files/${items[0]!.id}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.rawPayload.toString('latin1')).not.toContain('GPS');
    expect(photo.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('refuses a file that is not an image or a PDF by its content, and one over 10 MB', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    const wrong = await upload(member, reportId, [{ name: 'foto.jpg', content: exe }]);
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).code).toBe('performance_evidence_type');
    const big = await upload(member, reportId, [
      { name: 'besar.pdf', content: Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]) },
    ]);
    expect(big.statusCode).toBe(413);
    expect(errorOf(big).code).toBe('performance_evidence_too_large');
    // Five per report: two are in, four more are too many.
    const many = await upload(
      member,
      reportId,
      Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.pdf`, content: pdf })),
    );
    expect(errorOf(many).code).toBe('performance_evidence_too_many');
    expect(filesOf(json(await member.get(`${api}/reports/${reportId}/evidence-files`)))).toHaveLength(2);
  });

  it('lets the employee, the appraiser, the superior above and HR download; 404 to anyone else and another tenant', async () => {
    const [file] = filesOf(json(await member.get(`${api}/reports/${reportId}/evidence-files`)));
    const url = `${api}/evidence-files/${file!.id}`;
    const chief = await signInEmployee(env, org.chief);
    const hr = await signInAs(env, tenant, ['hr_admin']);
    for (const reader of [member, head, chief, hr]) expect((await reader.get(url)).statusCode).toBe(200);
    expect((await hr.get(`${api}/reports/${reportId}/evidence-files`)).statusCode).toBe(200);
    // A colleague in the same unit is a stranger to this report.
    const colleague = await signInEmployee(env, org.staff[1]!);
    expect((await colleague.get(url)).statusCode).toBe(404);
    expect((await colleague.get(`${api}/reports/${reportId}/evidence-files`)).statusCode).toBe(404);
    // Another tenant's HR, with its own slug or this tenant's.
    const other = await buildTenant(env.services);
    const foreignHr = await signInAs(env, other, ['hr_admin']);
    expect((await foreignHr.get(`${perfApi(other)}/evidence-files/${file!.id}`)).statusCode).toBe(404);
    expect([403, 404]).toContain((await foreignHr.get(url)).statusCode);
  });

  it('is added and removed only by the employee, and only while the report may be edited', async () => {
    expect((await upload(head, reportId, [{ name: 'x.pdf', content: pdf }])).statusCode).toBe(403);
    const [first] = filesOf(json(await member.get(`${api}/reports/${reportId}/evidence-files`)));
    expect((await head.delete(`${api}/evidence-files/${first!.id}`)).statusCode).toBe(403);
    expect((await member.delete(`${api}/evidence-files/${first!.id}`)).statusCode).toBe(200);
    expect(filesOf(json(await member.get(`${api}/reports/${reportId}/evidence-files`)))).toHaveLength(1);
    expect((await member.post(`${api}/reports/${reportId}/submit`)).statusCode).toBe(200);
    const locked = await upload(member, reportId, [{ name: 'x.pdf', content: pdf }]);
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).code).toBe('performance_under_review');
    // The appraiser reviewing it sees the file.
    expect(filesOf(json(await head.get(`${api}/reports/${reportId}/evidence-files`)))).toHaveLength(1);
  });
});
