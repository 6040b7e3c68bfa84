// Whether a rate is in force depends on nothing but the currency and the day, and registers name a
// few thousand days at most: the missing-rate rule (../cross.ts) asks each day once.

/**
 * A yes-or-no answer per day, worked out once per day. Past a few days asked, whole days in a span
 * around the first one live in a typed array (registers span a few decades); other days in a Map.
 */
export class DayMarks {
  private static readonly SPAN = 1 << 16;
  /** Days answered through the Map before the typed array pays for itself (AID.CHECK asks one). */
  private static readonly FEW = 64;
  private base = NaN;
  /** 0: not asked yet, 1: no, 2: yes. */
  private marks: Uint8Array | null = null;
  private readonly other = new Map<number, boolean>();

  constructor(private readonly answer: (day: number) => boolean) {}

  test(day: number): boolean {
    if (this.marks === null && this.other.size >= DayMarks.FEW) {
      this.marks = new Uint8Array(DayMarks.SPAN);
      this.base = Math.floor(day) - (DayMarks.SPAN >> 1);
    }
    const k = day - this.base;
    if (this.marks !== null && k >= 0 && k < DayMarks.SPAN && k === (k | 0)) {
      const m = this.marks[k];
      if (m !== 0) return m === 2;
      const yes = this.answer(day);
      this.marks[k] = yes ? 2 : 1;
      return yes;
    }
    let yes = this.other.get(day);
    if (yes === undefined) this.other.set(day, yes = this.answer(day));
    return yes;
  }
}
