/// <reference types="office-js" />
// The summary's signing options remembered in the workbook as custom document properties
// (Workbook.properties.custom, ExcelApi 1.7): the same part the CLI reads and writes (docProps/custom.xml),
// so a file summarised by either host remembers them for the other. Workbook.settings would be read by
// the add-in only. Queues commands; the caller syncs.
import { SIGNING_FIELDS, SIGNING_PROPERTIES, signingFromProperties, signingProperties, type Signing } from '../../core/plan/summary';

/** Queues the read of each signing property; the returned function gives them, as stored, after the next sync. */
export function loadSigningProperties(context: Excel.RequestContext): () => Map<string, string> {
  const custom = context.workbook.properties.custom;
  const items = SIGNING_FIELDS.map((f) => custom.getItemOrNullObject(SIGNING_PROPERTIES[f]).load('isNullObject,value'));
  return () => {
    const props = new Map<string, string>();
    SIGNING_FIELDS.forEach((f, i) => {
      const item = items[i];
      if (!item.isNullObject && typeof item.value === 'string') props.set(SIGNING_PROPERTIES[f], item.value);
    });
    return props;
  };
}

/** Queues the read of each signing property; the returned function gives them after the next sync. */
export function loadSigning(context: Excel.RequestContext): () => Signing {
  const props = loadSigningProperties(context);
  return () => signingFromProperties(props());
}

/** Queues the write of every field set (a blank field keeps what the workbook remembers). */
export function saveSigning(context: Excel.RequestContext, signing: Signing): void {
  const custom = context.workbook.properties.custom;
  for (const [key, value] of signingProperties(signing)) custom.add(key, value);
}

/**
 * Queues putting back what saveSigning(`saved`) replaced: each property as `before` held it, removed if
 * it was not there. Safe whether or not the save reached the workbook (a request that failed midway):
 * add sets a property that exists, and deleting a null object does nothing.
 */
export function restoreSigning(context: Excel.RequestContext, before: ReadonlyMap<string, string>, saved: Signing): void {
  const custom = context.workbook.properties.custom;
  for (const [key, value] of signingProperties(saved)) {
    const old = before.get(key);
    if (old === value) continue;
    if (old !== undefined) custom.add(key, old);
    else custom.getItemOrNullObject(key).delete();
  }
}
