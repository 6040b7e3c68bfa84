/// <reference types="office-js" />
// A recording stand-in for the part of Excel.RequestContext that the Office.js plan writer uses. It
// records every command (range addresses; values, formulas and numberFormat writes; tables.add; data
// validation; charts; freeze panes), applies them to an in-memory grid the way Excel would, counts
// context.sync() calls and measures the JSON payload of each batch.
//
// Where office-addin-mock is used and where it is not:
// - OfficeMockObject is the request context itself (its `sync` counts round trips and flushes the batch)
//   and every leaf object that the writer only assigns properties on: range.format (font, fill, borders),
//   range.dataValidation, chart, chart.title, chart series, freezePanes. Those are property bags with
//   nested objects and methods, which is what OfficeMockObject models.
// - It cannot model the rest, so that is a small fake of our own:
//   · collections: OfficeMockObject.load() only walks object properties, so the documented
//     `worksheets.load('items/name')` throws "Navigational property items needs to be present" on an array
//     of items; FakeCollection enforces the same rule instead (items readable only after load + sync);
//   · getRange(address) must hand out a new range per call that knows its address, and writes to
//     values / formulas / numberFormat must be recorded in order and interpreted as Excel does (a string
//     starting with = + - @ becomes a formula unless the cell is Text-formatted): OfficeMockObject keeps
//     only the last value assigned to a property and no order between objects;
//
// The fake lives in officeMock/, one file per part; this module is its entry.
export * from './officeMock/types';
export { ExcelRecorder, createExcelMock } from './officeMock/recorder';
export { FakeCollection } from './officeMock/collections';
export { FakeRange } from './officeMock/range';
export { FakeConditionalFormats } from './officeMock/formats';
