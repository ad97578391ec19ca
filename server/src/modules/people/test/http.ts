/** HTTP helpers for the people module's route tests (signing in and reading JSON are shared: test/sign-in.ts). */
import type { TenantRecord } from '../../../platform/tenancy/repository';

export { json, signIn, signInAs } from '../../../test/sign-in';

export const peopleApi = (tenant: TenantRecord) => `/api/t/${tenant.slug}/people`;

/** A multipart/form-data body with one file, for the import upload. */
export function multipartFile(
  fileName: string,
  content: Buffer | string,
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----lentera${Math.random().toString(16).slice(2)}`;
  const type = fileName.endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : 'text/csv';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
