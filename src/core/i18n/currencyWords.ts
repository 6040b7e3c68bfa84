// Vietnamese names of the currencies aid and FDI registers hold, as vouchers spell them out, with the
// minor unit read after "và". Other ISO codes are read as their code.
export const CURRENCY_WORDS_VI: Readonly<Record<string, { major: string; minor: string | null }>> = {
  VND: { major: 'đồng', minor: null },
  USD: { major: 'đô la Mỹ', minor: 'xu' },
  EUR: { major: 'euro', minor: 'xu' },
  JPY: { major: 'yên Nhật', minor: null },
  KRW: { major: 'won Hàn Quốc', minor: null },
  CNY: { major: 'nhân dân tệ', minor: 'xu' },
  GBP: { major: 'bảng Anh', minor: 'xu' },
  AUD: { major: 'đô la Úc', minor: 'xu' },
  CAD: { major: 'đô la Canada', minor: 'xu' },
  CHF: { major: 'franc Thụy Sĩ', minor: 'xu' },
  SGD: { major: 'đô la Singapore', minor: 'xu' },
  HKD: { major: 'đô la Hồng Kông', minor: 'xu' },
  TWD: { major: 'đô la Đài Loan', minor: 'xu' },
  THB: { major: 'bạt Thái', minor: 'xu' },
  NZD: { major: 'đô la New Zealand', minor: 'xu' },
  SEK: { major: 'krona Thụy Điển', minor: 'xu' },
  NOK: { major: 'krone Na Uy', minor: 'xu' },
  DKK: { major: 'krone Đan Mạch', minor: 'xu' },
};
