/// <reference types="office-js" />
// Settings (Excel.SettingCollection, ExcelApi 1.4). Part of the recording fake (see ../officeMock.ts).
import { ExcelRecorder } from './recorder';

export class FakeSettings {
  constructor(private readonly rec: ExcelRecorder) {}

  add(key: string, value: unknown): void {
    this.rec.call('settings.add', undefined, undefined, key);
    this.rec.countPayload(value);
    this.rec.settings.set(key, JSON.parse(JSON.stringify(value)));
  }

  getItemOrNullObject(key: string): { load: (p: string) => unknown; readonly value: unknown; readonly isNullObject: boolean; delete: () => void } {
    let loaded: { value: unknown; isNull: boolean } | null = null;
    const item = {
      load: (p: string) => {
        if (!/^(value|isNullObject)(,\s*(value|isNullObject))*$/.test(p)) throw new Error(`Unexpected setting.load(${p})`);
        this.rec.onFlush(() => {
          loaded = { value: this.rec.settings.get(key), isNull: !this.rec.settings.has(key) };
          this.rec.countResponse(loaded.value ?? null);
        });
        return item;
      },
      get value(): unknown {
        if (!loaded) throw new Error('PropertyNotLoaded: setting.value');
        if (loaded.isNull) throw new Error('InvalidObjectPath: setting is a null object');
        return loaded.value;
      },
      get isNullObject(): boolean {
        if (!loaded) throw new Error('PropertyNotLoaded: setting.isNullObject');
        return loaded.isNull;
      },
      delete: () => { this.rec.settings.delete(key); },
    };
    return item;
  }
}

/** Custom document properties (Excel.CustomPropertyCollection, ExcelApi 1.7): text values by key. */
export class FakeCustomProperties {
  constructor(private readonly rec: ExcelRecorder) {}

  add(key: string, value: unknown): void {
    this.rec.call('customProperties.add', undefined, undefined, key);
    this.rec.countPayload(value);
    this.rec.customProperties.set(key, String(value));
  }

  getItemOrNullObject(key: string): { load: (p: string) => unknown; readonly value: unknown; readonly isNullObject: boolean; delete: () => void } {
    let loaded: { value: unknown; isNull: boolean } | null = null;
    const item = {
      // Deleting a property that is not there does nothing, as with any null object.
      delete: () => {
        this.rec.call('customProperty.delete', undefined, undefined, key);
        this.rec.customProperties.delete(key);
      },
      load: (p: string) => {
        if (!/^(value|isNullObject)(,\s*(value|isNullObject))*$/.test(p)) throw new Error(`Unexpected customProperty.load(${p})`);
        this.rec.onFlush(() => {
          loaded = { value: this.rec.customProperties.get(key), isNull: !this.rec.customProperties.has(key) };
          this.rec.countResponse(loaded.value ?? null);
        });
        return item;
      },
      get value(): unknown {
        if (!loaded) throw new Error('PropertyNotLoaded: customProperty.value');
        if (loaded.isNull) throw new Error('InvalidObjectPath: custom property is a null object');
        return loaded.value;
      },
      get isNullObject(): boolean {
        if (!loaded) throw new Error('PropertyNotLoaded: customProperty.isNullObject');
        return loaded.isNull;
      },
    };
    return item;
  }
}
