// The template's country dropdown ordered for people: the usual partners first, then the others by
// name as the template's language sorts them (Intl.Collator), in the code-list sheet the dropdowns use.
import { templatePlans } from '../src/core/plan/templatePlan';
import { CODE_LISTS } from '../src/core/codes';
import { countriesForPeople, USUAL_PARTNERS } from '../src/core/codes/countryOrder';

/** The values of the code-list sheet's column titled `title`, top to bottom. */
function listColumn(kind: 'aid' | 'fdi', lang: 'vi' | 'en', title: string): string[] {
  const lists = templatePlans(kind, lang).at(-1)!;
  const col = lists.cells.find((c) => c.row === 0 && c.value === title)!.col;
  return lists.cells.filter((c) => c.col === col && c.row > 0).sort((a, b) => a.row - b.row).map((c) => String(c.value));
}

describe('countries in the template\'s dropdown', () => {
  it('Vietnamese: Singapore, Korea, China, Japan… first, then by Vietnamese name with Vietnamese collation', () => {
    const vi = listColumn('fdi', 'vi', 'Quốc gia');
    expect(vi.slice(0, 6)).toEqual(['Xin-ga-po', 'Hàn Quốc', 'Trung Quốc', 'Nhật Bản', 'Đài Loan (Trung Quốc)', 'Hồng Kông (Trung Quốc)']);
    expect(vi).toEqual(countriesForPeople('vi'));
    const rest = vi.slice(USUAL_PARTNERS.length);
    // Đ after every D, before E; Ô-… with the O's; Ấn Độ with the A's, not after Z.
    const at = (name: string) => rest.indexOf(name);
    expect(at('Đan Mạch')).toBeGreaterThanOrEqual(0);
    expect(rest.filter((n) => /^D/.test(n)).every((d) => at(d) < at('Đan Mạch'))).toBe(true);
    expect(rest.filter((n) => /^E|^Ê/.test(n)).every((e) => at('Đan Mạch') < at(e))).toBe(true);
    expect(at('Ấn Độ')).toBeLessThan(at('Ba Lan'));
    expect(at('Ô-xtrây-li-a')).toBeLessThan(at('Pa-na-ma'));
  });

  it('English: the same partners first, then by English name; every country once, in both languages and both templates', () => {
    const en = listColumn('aid', 'en', 'Country');
    expect(en.slice(0, 4)).toEqual(['Singapore', 'South Korea', 'China', 'Japan']);
    const rest = en.slice(USUAL_PARTNERS.length);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    for (const [kind, lang, title] of [['aid', 'vi', 'Quốc gia'], ['fdi', 'en', 'Country']] as const) {
      const list = listColumn(kind, lang, title);
      expect(new Set(list).size).toBe(CODE_LISTS.countries.entries.length);
      expect(list).toHaveLength(CODE_LISTS.countries.entries.length);
    }
  });
});
