// Vietnamese amounts in words (src/core/i18n/words.ts), the reading rules accountants use.
import { amountWordsVi, integerWords, MAX_WORDS_AMOUNT } from '../src/core/i18n/words';

describe('integerWords', () => {
  test.each([
    [0, 'không'], [1, 'một'], [5, 'năm'], [10, 'mười'], [11, 'mười một'], [14, 'mười bốn'], [15, 'mười lăm'],
    [20, 'hai mươi'], [21, 'hai mươi mốt'], [24, 'hai mươi bốn'], [25, 'hai mươi lăm'], [55, 'năm mươi lăm'],
    [100, 'một trăm'], [101, 'một trăm linh một'], [105, 'một trăm linh năm'], [110, 'một trăm mười'],
    [111, 'một trăm mười một'], [115, 'một trăm mười lăm'], [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'], [1001, 'một nghìn không trăm linh một'], [1010, 'một nghìn không trăm mười'],
    [1_000_001, 'một triệu không trăm linh một'], [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_000_000_000, 'một tỷ'], [1_000_000_001, 'một tỷ không trăm linh một'],
    [2_000_500_000, 'hai tỷ năm trăm nghìn'], [1_000_000_000_000, 'một nghìn tỷ'],
    [MAX_WORDS_AMOUNT, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
  ])('%d', (n, words) => {
    expect(integerWords(n)).toBe(words);
  });
  test('refuses fractions, negatives and numbers past 15 digits', () => {
    expect(() => integerWords(1.5)).toThrow(RangeError);
    expect(() => integerWords(-1)).toThrow(RangeError);
    expect(() => integerWords(MAX_WORDS_AMOUNT + 1)).toThrow(RangeError);
  });
});

describe('amountWordsVi', () => {
  test('VND is read to the whole dong, capitalised', () => {
    expect(amountWordsVi(125_000_000)).toBe('Một trăm hai mươi lăm triệu đồng');
    expect(amountWordsVi(999.6)).toBe('Một nghìn đồng');
  });
  test('other currencies read their cents after "và"', () => {
    expect(amountWordsVi(3000.5, 'USD')).toBe('Ba nghìn đô la Mỹ và năm mươi xu');
    expect(amountWordsVi(12.01, 'EUR')).toBe('Mười hai euro và một xu');
    expect(amountWordsVi(0.999, 'USD')).toBe('Một đô la Mỹ');
  });
  test('currencies without a minor unit or a Vietnamese name', () => {
    expect(amountWordsVi(1500.4, 'JPY')).toBe('Một nghìn năm trăm yên Nhật');
    expect(amountWordsVi(7, 'XAF')).toBe('Bảy XAF');
  });
  test('negative amounts start with "Âm"; -0 is not negative', () => {
    expect(amountWordsVi(-21)).toBe('Âm hai mươi mốt đồng');
    expect(amountWordsVi(-0.2)).toBe('Không đồng');
  });
});
