/// <reference types="office-js" />
// One Office.js batch: commands queue up until context.sync() sends them in one request. Keeps the
// estimated payload of the batch under PAYLOAD_BUDGET and counts the round trips, the cost that matters
// in Excel on the web.
import { COMMAND_BYTES, PAYLOAD_BUDGET } from './payload';

export class Batch {
  private queued = 0;
  syncs = 0;
  /** After each request sent. */
  onSent: (() => void) | null = null;
  /**
   * After a request sent to make room, before the next command is queued (the queue empty): where a
   * writer may stop between two requests of one sheet. May throw.
   */
  between: (() => Promise<void> | void) | null = null;

  /** `context`: the request context, or a stand-in whose sync only counts (to plan requests before writing). */
  constructor(private readonly context: { sync(): Promise<unknown> }, readonly budget: number = PAYLOAD_BUDGET) {}

  /** Bytes this batch can still take before it must be sent. */
  get room(): number {
    return Math.max(0, this.budget - this.queued);
  }

  /**
   * Counts a command carrying `bytes` of data against the batch. Sends what is queued first when the
   * command would not fit, which only a plan with megabytes of literal cells needs.
   */
  async reserve(bytes: number): Promise<void> {
    const cost = bytes + COMMAND_BYTES;
    if (this.queued > 0 && this.queued + cost > this.budget) {
      await this.sync();
      await this.between?.();
    }
    this.queued += cost;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
    this.onSent?.();
  }
}
