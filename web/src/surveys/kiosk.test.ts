import { describe, expect, it } from 'vitest';
import { tokenFromScan } from './kiosk';

describe('the kiosk start', () => {
  it.each([
    ['Ab3dEf6h_jK9-mN', 'Ab3dEf6h_jK9-mN'],
    ['  Ab3dEf6h_jK9-mN \n', 'Ab3dEf6h_jK9-mN'],
    ['https://lentera.medan.go.id/t/medan/survei/Ab3dEf6h_jK9-mN', 'Ab3dEf6h_jK9-mN'],
    ['/t/medan/survei/Ab3dEf6h_jK9-mN/?utm=qr#x', 'Ab3dEf6h_jK9-mN'],
    ['pendek', null],
    ['https://lentera.medan.go.id/t/medan/survei/', null],
    ['<script>alert(1)</script>', null],
    ['/t/medan/survei/%E0%A4%A', null],
  ])('reads %j as %j', (input, token) => {
    expect(tokenFromScan(input)).toBe(token);
  });
});
