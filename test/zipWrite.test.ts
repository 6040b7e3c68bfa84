// The streaming zip writer of the graft (src/excel/xlsx/zipWrite.ts): parts copied as stored bytes
// keep their data and CRC, new parts are deflated, and a package of more parts than the classic
// format counts gets its Zip64 records; read back by our reader and by JSZip.
import JSZip from 'jszip';
import { bytesSource, inflateText, readDirectory, storedChunks, UnpackBudget } from '../src/excel/xlsx/zip';
import { crc32, ZipWriter } from '../src/excel/xlsx/zipWrite';
import { DEFAULT_LIMITS } from '../src/excel/xlsx/read';

async function written(fill: (zip: ZipWriter) => Promise<void>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter(async (c) => { chunks.push(c.slice()); });
  await fill(zip);
  await zip.finish();
  return Buffer.concat(chunks);
}

async function textOf(bytes: Uint8Array, name: string): Promise<string> {
  const src = bytesSource(bytes);
  const entry = (await readDirectory(src)).get(name.toLowerCase())!;
  let out = '';
  await inflateText(src, entry, new UnpackBudget(DEFAULT_LIMITS), (t) => { out += t; });
  return out;
}

describe('ZipWriter', () => {
  it('computes the CRC-32 every zip tool expects', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('copies stored parts (deflated or not) without unpacking them, and deflates new ones', async () => {
    const source = new JSZip();
    source.file('xl/worksheets/sheet1.xml', `<sheetData>${'<row><c><v>1</v></c></row>'.repeat(5000)}</sheetData>`, { compression: 'DEFLATE' });
    source.file('media/image1.png', new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { compression: 'STORE' });
    const input = await source.generateAsync({ type: 'uint8array' });
    const src = bytesSource(input);
    const dir = await readDirectory(src);
    const out = await written(async (zip) => {
      for (const e of dir.values()) await zip.addStored(e.name, e, storedChunks(src, e));
      await zip.addText('xl/worksheets/sheet2.xml', '<worksheet>Tổng hợp</worksheet>');
    });
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await back.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(await source.file('xl/worksheets/sheet1.xml')!.async('string'));
    expect([...(await back.file('media/image1.png')!.async('uint8array'))]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    expect(await textOf(out, 'xl/worksheets/sheet2.xml')).toBe('<worksheet>Tổng hợp</worksheet>');
    // The copied part's deflated bytes are the input's own.
    const again = (await readDirectory(bytesSource(out))).get('xl/worksheets/sheet1.xml')!;
    const first = dir.get('xl/worksheets/sheet1.xml')!;
    expect([again.method, again.crc, again.packed, again.unpacked]).toEqual([first.method, first.crc, first.packed, first.unpacked]);
  });

  it('refuses a stored part whose bytes are not as long as its directory says', async () => {
    const zip = new ZipWriter(async () => undefined);
    async function* short(): AsyncIterable<Uint8Array> { yield new Uint8Array(3); }
    await expect(zip.addStored('x.xml', { method: 0, crc: 0, packed: 4, unpacked: 4 }, short())).rejects.toThrow(/3 bytes copied, 4 expected/);
  });

  it('writes Zip64 end records when the parts outnumber 65,534', async () => {
    const n = 70_000;
    const out = await written(async (zip) => {
      // Empty stored parts: the count is what is tested, not deflating 70,000 of them.
      async function* none(): AsyncIterable<Uint8Array> { /* no bytes */ }
      for (let i = 0; i < n; i++) await zip.addStored(`p/${i}.xml`, { method: 0, crc: 0, packed: 0, unpacked: 0 }, none());
    });
    const dir = await readDirectory(bytesSource(out));
    expect(dir.size).toBe(n);
    const back = await JSZip.loadAsync(out);
    expect(Object.keys(back.files)).toHaveLength(n);
  }, 60_000);
});
