import { describe, expect, it } from 'vitest';
import { changedBy } from './presenter';

describe('who last changed an employee record', () => {
  it('is a person by display name, never a login or a placeholder', () => {
    expect(changedBy('Oktaviani Simanjuntak')).toBe('Oktaviani Simanjuntak');
    // The demo seed and jobs wrote these; the profile then shows the time alone ("… oleh demo" is gone).
    expect(changedBy('demo')).toBeNull();
    expect(changedBy('system')).toBeNull();
    expect(changedBy(null)).toBeNull();
  });
});
