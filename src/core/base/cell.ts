// What a raw cell is, read the one way every part of the engine reads it: blank or not, and its text.
import type { RawValue } from '../model';

export function cellText(v: RawValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // An invalid Date (a corrupt cell) reads as text the date rules then reject, never as a crash.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString().slice(0, 10);
  return v.error;
}

export function isBlank(v: RawValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
