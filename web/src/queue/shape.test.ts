import { describe, expect, it } from 'vitest';
import { counterOwnName, heatGrid, paperWidth, ticketPrintCss, turnAlert, waitParts } from './shape';

describe('paperWidth', () => {
  it.each([
    ['58', 58],
    [58, 58],
    [' 58 ', 58],
    ['80', 80],
    [undefined, 80],
    ['57', 80],
    ['abc', 80],
  ])('reads %j as %i mm', (value, width) => {
    expect(paperWidth(value)).toBe(width);
  });
});

describe('ticketPrintCss', () => {
  it('sizes the page to the roll', () => {
    expect(ticketPrintCss(58)).toContain('size: 58mm auto');
    expect(ticketPrintCss(80)).toContain('size: 80mm auto');
    expect(ticketPrintCss(58)).toContain('width: 48mm');
  });
});

describe('heatGrid', () => {
  it('spans the busy hours and shades by the busiest', () => {
    const grid = heatGrid([
      { weekday: 1, hour: 8, tickets: 2 },
      { weekday: 1, hour: 10, tickets: 8 },
      { weekday: 3, hour: 9, tickets: 4 },
      { weekday: 2, hour: 14, tickets: 0 },
    ]);
    expect(grid.hours).toEqual([8, 9, 10]);
    expect(grid.max).toBe(8);
    expect(grid.rows.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(grid.rows[0]?.cells.map((c) => c.level)).toEqual([1, 0, 4]);
    expect(grid.rows[2]?.cells.map((c) => c.level)).toEqual([0, 2, 0]);
  });

  it('shows the weekend only when it had visitors', () => {
    expect(heatGrid([{ weekday: 6, hour: 9, tickets: 1 }]).rows.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives office hours when there is nothing yet', () => {
    const grid = heatGrid([]);
    expect(grid.hours).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(grid.rows.every((r) => r.cells.every((c) => c.level === 0))).toBe(true);
  });
});

describe('turnAlert', () => {
  it('says nothing on the first load', () => {
    expect(turnAlert(null, { status: 'called', ahead: null })).toBeNull();
  });
  it('announces the call', () => {
    expect(turnAlert({ status: 'waiting', ahead: 0 }, { status: 'called', ahead: null })).toBe('called');
  });
  it('announces being next once', () => {
    expect(turnAlert({ status: 'waiting', ahead: 1 }, { status: 'waiting', ahead: 0 })).toBe('next');
    expect(turnAlert({ status: 'waiting', ahead: 0 }, { status: 'waiting', ahead: 0 })).toBeNull();
  });
  it('does not announce a recall of a ticket already called', () => {
    expect(turnAlert({ status: 'called', ahead: null }, { status: 'called', ahead: null })).toBeNull();
  });
});

describe('waitParts', () => {
  it('splits minutes', () => {
    expect(waitParts(65)).toEqual({ hours: 1, minutes: 5 });
    expect(waitParts(0)).toEqual({ hours: 0, minutes: 0 });
    expect(waitParts(-3)).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('counterOwnName', () => {
  it.each([
    ['Loket 3', 3, 'Counter 3', null],
    ['loket 3 ', 3, 'Loket 3', null],
    ['', 3, 'Counter 3', null],
    ['Counter 3', 3, 'Counter 3', null],
    ['Loket Prioritas', 3, 'Counter 3', 'Loket Prioritas'],
    ['Loket 4', 3, 'Counter 3', 'Loket 4'],
  ])('shows %j of counter %i under %j as %j', (name, number, heading, shown) => {
    expect(counterOwnName(name, number, heading)).toBe(shown);
  });
});
