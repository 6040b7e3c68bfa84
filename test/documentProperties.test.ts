// Custom document properties in the CLI's files (docProps/custom.xml): where the summary's signing
// options are remembered. The user's own properties are kept; text round-trips with its marks and
// XML specials; a file without the part gets it, its content type and its relationship.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { customPart, customPartWith, customTextProperties, withCustomPart } from '../src/excel/exceljs/documentProperties';
import { mergeSigning, signingFromProperties, signingProperties } from '../src/core/plan/summary/signing';

const USER_PART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
  + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Phòng"><vt:lpwstr>Hợp tác quốc tế</vt:lpwstr></property>'
  + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Năm"><vt:i4>2025</vt:i4></property>'
  + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="AidLedger.Issuer"><vt:lpwstr>Cũ</vt:lpwstr></property></Properties>';

describe('custom document properties', () => {
  it('keeps the user\'s properties, replaces ours, and round-trips text with marks and XML specials', () => {
    const signing = { issuer: 'Sở Ngoại vụ & Du lịch <QT>', head: 'Trần Thị "Bình"' };
    const part = customPartWith(USER_PART, signingProperties(signing));
    expect(part).toContain('<vt:i4>2025</vt:i4>');
    const props = customTextProperties(part);
    expect(props.get('Phòng')).toBe('Hợp tác quốc tế');
    expect(props.get('AidLedger.Issuer')).toBe('Sở Ngoại vụ & Du lịch <QT>');
    expect(signingFromProperties(props)).toEqual(signing);
    // Each property keeps a unique pid from 2 on.
    expect([...part.matchAll(/ pid="(\d+)"/g)].map((m) => m[1])).toEqual(['2', '3', '4', '5']);
  });

  it('ignores what a user could have typed wrongly, and keeps remembered fields a blank option does not change', () => {
    const props = new Map([['AidLedger.Totals', 'middle'], ['AidLedger.ReportDate', '10/01/2025'], ['AidLedger.Place', '  Huế ']]);
    expect(signingFromProperties(props)).toEqual({ place: 'Huế' });
    expect(mergeSigning({ place: 'Huế', head: 'A' }, { place: '', head: 'B' })).toEqual({ place: 'Huế', head: 'B' });
  });

  it('adds the part, its content type and its relationship to a file written by ExcelJS, which Excel then reads', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    const file = await withCustomPart(await wb.xlsx.writeBuffer() as ArrayBuffer, customPartWith('', new Map([['AidLedger.Place', 'Quảng Trị']])));
    const zip = await JSZip.loadAsync(file);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('relationships/custom-properties" Target="docProps/custom.xml"');
    expect(customTextProperties(await customPart(file)).get('AidLedger.Place')).toBe('Quảng Trị');
    // Still a workbook ExcelJS opens, and adding the part again does not repeat the declarations.
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(file as unknown as ArrayBuffer);
    expect(back.getWorksheet('A')!.getCell('A1').value).toBe(1);
    const twice = await JSZip.loadAsync(await withCustomPart(file, await customPart(file)));
    expect((await twice.file('[Content_Types].xml')!.async('string')).split('/docProps/custom.xml').length).toBe(2);
  });
});
