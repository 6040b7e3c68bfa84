// The registers the engine understands: their columns, VI/EN labels, header variants, types and
// whether a value is required. This table is the single source for detection, parsing, templates
// and the README's column reference.

export type RegisterKind =
  | 'aid-projects'
  | 'aid-disbursements'
  | 'fdi-projects'
  | 'fdi-capital-changes'
  | 'fdi-implemented'
  | 'exchange-rates';

export const REGISTER_KINDS: readonly RegisterKind[] = [
  'aid-projects', 'aid-disbursements', 'fdi-projects', 'fdi-capital-changes', 'fdi-implemented', 'exchange-rates',
];

/**
 * id: an identifier compared as trimmed text; text: free text; amount: money (parsed with the amount
 * parser); date: a day (serial or text); period: a day, month or year; code: a value of `codeList`;
 * currency: an ISO 4217 code; integer: a count; rate: a positive exchange rate.
 */
export type ColumnType = 'id' | 'text' | 'amount' | 'date' | 'period' | 'code' | 'currency' | 'integer' | 'rate';

export type CodeListId =
  | 'sectors' | 'countries' | 'provinces' | 'vsic' | 'aidStatuses' | 'fdiStatuses'
  | 'aidForms' | 'fundingSources' | 'fdiChangeKinds';

export interface ColumnDef {
  readonly key: string;
  readonly vi: string;
  readonly en: string;
  /** Other header texts seen in users' sheets (matched after folding tone marks and case). */
  readonly aliases: readonly string[];
  /**
   * Words that name this column only when no other header of the register does ("Giá trị", "Số tiền"
   * name the commitment unless a "Giá trị cam kết" stands beside them); beside one, they are reported
   * as ambiguous (the ambiguous-header rule), never guessed.
   */
  readonly weakAliases?: readonly string[];
  readonly type: ColumnType;
  readonly required: boolean;
  readonly codeList?: CodeListId;
  /** A date that cannot lie in the future (approval, disbursement, certificate…). */
  readonly notFuture?: boolean;
  /** Amount columns whose currency is fixed by the register (FDI figures are in USD). */
  readonly fixedCurrency?: string;
  /**
   * The most one cell of this amount column can plausibly hold, in US dollars (PLAUSIBLE_MAX_USD):
   * a figure above it is a unit mistaken (đồng typed in a USD column, a "(triệu đồng)" column given
   * đồng), reported by the implausible-amount rule and left out of money figures.
   */
  readonly plausibleMaxUsd?: number;
  /** False for a column real registers have but our templates do not ask for (counterpart funds). */
  readonly inTemplate?: false;
  /** Help text for the README and the template's header comment. */
  readonly noteVi?: string;
  readonly noteEn?: string;
}

export interface RegisterDef {
  readonly kind: RegisterKind;
  readonly vi: string;
  readonly en: string;
  /** Default sheet names of our templates. */
  readonly sheetVi: string;
  readonly sheetEn: string;
  readonly columns: readonly ColumnDef[];
  /** Columns whose values together identify a row (duplicate-id rule); empty for none. */
  readonly idKeys: readonly string[];
  /**
   * Columns a record has and a table of totals has not: its id, its name, its own dates or status. A
   * header naming none of them, only groups and figures ("Lĩnh vực | Số khoản | Cam kết | Giải ngân"),
   * is a summary table, not a register.
   */
  readonly identity: readonly string[];
}

/**
 * How large one amount can plausibly be, in US dollars, by what the row is. Each is far above any real
 * record and far below what a unit mistaken gives:
 * - an FDI project (registration, one change, one period's implemented capital): 50 billion USD.
 *   Vietnam's whole FDI registered in 2020 (new, adjusted and share purchases) was 28.53 billion USD,
 *   and its largest projects are a few billion (the Bạc Liêu LNG power plant, about 4 billion USD, 2020);
 *   93,600 tỷ đồng typed as dollars (9.36 × 10^13) is three orders of magnitude above it.
 * - an aid project or one disbursement: 10 billion USD. The largest World Bank project in Vietnam on
 *   record commits 613.5 million USD (Da Nang – Quang Ngai Expressway); an NGO project of 21 tỷ đồng
 *   (Plan International, Quảng Ngãi) typed as dollars is 2.1 × 10^10.
 */
export const PLAUSIBLE_MAX_USD = { fdiProject: 50e9, aidProject: 10e9 } as const;

/**
 * The most đồng a dollar has cost, with headroom: the bound for amounts in VND is the dollar bound
 * times this. The IMF's annual average was 23,787 in 2023 and has risen slowly (10,000–24,000 since
 * 1991); a VND bound is meant to catch a unit mistaken by a thousand times or more, not a rate.
 */
export const VND_PER_USD_CEILING = 30_000;

const col = (
  key: string, vi: string, en: string, type: ColumnType, required: boolean,
  aliases: readonly string[] = [], extra: Partial<ColumnDef> = {},
): ColumnDef => ({ key, vi, en, type, required, aliases, ...extra });

export const AID_PROJECTS: RegisterDef = {
  kind: 'aid-projects',
  vi: 'Danh mục khoản viện trợ',
  en: 'Aid projects',
  sheetVi: 'Dự án viện trợ',
  sheetEn: 'Aid projects',
  idKeys: ['aidId'],
  identity: ['aidId', 'title', 'approvalDate', 'startDate', 'endDate', 'status', 'decision', 'recipient'],
  columns: [
    col('aidId', 'Mã khoản viện trợ', 'Aid ID', 'id', true, ['mã viện trợ', 'mã khoản vt', 'mã dự án', 'mã dự án viện trợ', 'mã chương trình dự án', 'aid code', 'project id', 'activity id']),
    col('title', 'Tên chương trình, dự án', 'Title', 'text', true, ['tên dự án', 'tên chương trình', 'tên khoản viện trợ', 'tên chương trình dự án', 'tên chương trình dự án phi dự án', 'project title', 'project name', 'programme title', 'name']),
    col('form', 'Hình thức', 'Form of aid', 'code', false, ['hình thức viện trợ', 'loại hình', 'loại hình viện trợ', 'aid type', 'form'], { codeList: 'aidForms' }),
    col('source', 'Nguồn vốn', 'Source', 'code', false, ['nguồn viện trợ', 'loại nguồn vốn', 'funding source', 'source of funds'], { codeList: 'fundingSources' }),
    col('donor', 'Nhà tài trợ', 'Donor', 'text', true, ['tổ chức tài trợ', 'bên tài trợ', 'tổ chức phi chính phủ nước ngoài', 'tổ chức pcpnn', 'nhà tài trợ tổ chức', 'funder', 'donor organisation', 'donor organization']),
    col('donorCountry', 'Quốc gia tài trợ', 'Donor country', 'code', false, ['quốc tịch nhà tài trợ', 'nước tài trợ', 'quốc tịch', 'quốc gia', 'country', 'donor nationality'], { codeList: 'countries' }),
    col('sector', 'Lĩnh vực', 'Sector', 'code', true, ['lĩnh vực viện trợ', 'lĩnh vực hỗ trợ', 'ngành lĩnh vực'], { codeList: 'sectors' }),
    col('province', 'Tỉnh, thành phố', 'Province', 'code', false, ['tỉnh', 'tỉnh thành', 'tỉnh thành phố', 'địa bàn tỉnh', 'province city'], { codeList: 'provinces' }),
    col('commune', 'Xã, phường', 'Commune', 'text', false, ['xã', 'xã phường', 'xã phường đặc khu', 'địa bàn', 'địa bàn thực hiện', 'commune ward', 'location']),
    col('recipient', 'Chủ khoản viện trợ', 'Aid recipient', 'text', false, ['chủ dự án', 'đơn vị tiếp nhận', 'đơn vị thực hiện', 'recipient', 'implementing agency']),
    col('agency', 'Cơ quan chủ quản', 'Managing agency', 'text', false, ['cơ quan phê duyệt', 'line agency', 'governing agency']),
    col('decision', 'Số quyết định phê duyệt', 'Approval decision', 'text', false, ['số quyết định', 'số qđ', 'quyết định phê duyệt', 'số qđ phê duyệt', 'decision no', 'decision number']),
    col('approvalDate', 'Ngày phê duyệt', 'Approval date', 'date', true, ['ngày quyết định', 'ngày qđ', 'ngày phê duyệt khoản viện trợ', 'date approved', 'approved on'], { notFuture: true }),
    col('startDate', 'Ngày bắt đầu', 'Start date', 'date', false, ['thời gian bắt đầu', 'bắt đầu', 'từ ngày', 'start']),
    col('endDate', 'Ngày kết thúc', 'End date', 'date', false, ['thời gian kết thúc', 'kết thúc', 'đến ngày', 'end']),
    col('currency', 'Loại tiền', 'Currency', 'currency', false, ['đơn vị tiền', 'đơn vị tiền tệ', 'tiền tệ', 'nguyên tệ', 'đvt', 'ccy'], { noteVi: 'Bắt buộc khi tiêu đề cột giá trị không ghi loại tiền, ví dụ "Giá trị cam kết (USD)".', noteEn: 'Required unless the amount header names the currency, e.g. "Committed amount (USD)".' }),
    col('committed', 'Giá trị cam kết', 'Committed amount', 'amount', true, ['cam kết', 'giá trị viện trợ', 'giá trị viện trợ cam kết', 'tổng giá trị', 'tổng vốn', 'tổng vốn cam kết', 'vốn cam kết', 'vốn viện trợ', 'kinh phí', 'tổng kinh phí', 'kinh phí viện trợ', 'giá trị phê duyệt', 'committed', 'commitment', 'total commitment', 'committed value', 'committed amount', 'amount committed', 'aid amount'], { weakAliases: ['giá trị', 'số tiền', 'amount', 'value', 'total value'], plausibleMaxUsd: PLAUSIBLE_MAX_USD.aidProject }),
    col('disbursedToDate', 'Giải ngân lũy kế', 'Disbursed to date', 'amount', false, ['giải ngân', 'đã giải ngân', 'lũy kế giải ngân', 'giải ngân lũy kế đến nay', 'giá trị giải ngân', 'giá trị đã giải ngân', 'số tiền giải ngân', 'vốn giải ngân', 'cumulative disbursed', 'disbursed', 'disbursement', 'disbursed to date', 'amount disbursed'], { plausibleMaxUsd: PLAUSIBLE_MAX_USD.aidProject }),
    col('status', 'Tình trạng', 'Status', 'code', false, ['tình trạng thực hiện', 'trạng thái', 'tiến độ'], { codeList: 'aidStatuses' }),
    col('notes', 'Ghi chú', 'Notes', 'text', false, ['note', 'remarks', 'comments']),
    // Counterpart funds come from the Vietnamese side: a column of its own, never part of the aid.
    col('counterpart', 'Vốn đối ứng', 'Counterpart funds', 'amount', false, ['đối ứng', 'vốn đối ứng trong nước', 'kinh phí đối ứng', 'counterpart', 'counterpart fund', 'counterpart funding'], { inTemplate: false, plausibleMaxUsd: PLAUSIBLE_MAX_USD.aidProject }),
  ],
};

export const AID_DISBURSEMENTS: RegisterDef = {
  kind: 'aid-disbursements',
  vi: 'Giải ngân viện trợ',
  en: 'Aid disbursements',
  sheetVi: 'Giải ngân',
  sheetEn: 'Disbursements',
  idKeys: [],
  identity: ['aidId', 'date'],
  columns: [
    col('aidId', 'Mã khoản viện trợ', 'Aid ID', 'id', true, ['mã viện trợ', 'mã khoản vt', 'mã dự án viện trợ', 'aid code', 'project id', 'activity id']),
    col('date', 'Ngày giải ngân', 'Disbursement date', 'date', true, ['ngày', 'thời gian', 'kỳ', 'thời gian giải ngân', 'ngày chuyển tiền', 'date', 'value date'], { notFuture: true }),
    col('amount', 'Số tiền giải ngân', 'Amount disbursed', 'amount', true, ['số tiền', 'giá trị giải ngân', 'giải ngân', 'đã giải ngân', 'giá trị', 'amount', 'value', 'disbursed', 'disbursed amount', 'disbursement'], { plausibleMaxUsd: PLAUSIBLE_MAX_USD.aidProject }),
    col('currency', 'Loại tiền', 'Currency', 'currency', false, ['đơn vị tiền', 'tiền tệ', 'nguyên tệ', 'đvt', 'ccy'], { noteVi: 'Để trống thì lấy loại tiền của khoản viện trợ.', noteEn: "When blank, the aid project's currency is used." }),
    col('notes', 'Ghi chú', 'Notes', 'text', false, ['note', 'remarks']),
  ],
};

export const FDI_PROJECTS: RegisterDef = {
  kind: 'fdi-projects',
  vi: 'Dự án FDI',
  en: 'FDI projects',
  sheetVi: 'Dự án FDI',
  sheetEn: 'FDI projects',
  idKeys: ['projectCode'],
  identity: ['projectCode', 'name', 'investor', 'certDate', 'status', 'terminationDate', 'location'],
  columns: [
    col('projectCode', 'Mã số dự án', 'Project code', 'id', true, ['mã dự án', 'mã số', 'số gcnđkđt', 'số giấy chứng nhận đăng ký đầu tư', 'project id', 'code']),
    col('name', 'Tên dự án', 'Project name', 'text', true, ['tên dự án đầu tư', 'name of project']),
    col('investor', 'Nhà đầu tư', 'Investor', 'text', true, ['tên nhà đầu tư', 'chủ đầu tư', 'nhà đầu tư nước ngoài', 'investor name']),
    col('country', 'Quốc gia, vùng lãnh thổ', 'Country or territory', 'code', true, ['quốc gia', 'quốc tịch', 'quốc tịch nhà đầu tư', 'đối tác', 'nước', 'country', 'partner country', 'country territory'], { codeList: 'countries' }),
    col('certDate', 'Ngày cấp GCNĐKĐT lần đầu', 'First certificate date', 'date', true, ['ngày cấp', 'ngày cấp lần đầu', 'ngày cấp gcnđkđt', 'ngày cấp giấy chứng nhận', 'ngày cấp gcn', 'certificate date', 'date of issue'], { notFuture: true }),
    col('sector', 'Ngành (VSIC)', 'Sector (VSIC)', 'code', true, ['ngành', 'ngành nghề', 'lĩnh vực', 'ngành kinh tế', 'mã ngành', 'ngành vsic', 'sector', 'industry'], { codeList: 'vsic' }),
    col('province', 'Tỉnh, thành phố', 'Province', 'code', false, ['tỉnh', 'tỉnh thành phố', 'province city'], { codeList: 'provinces' }),
    col('location', 'Địa điểm', 'Location', 'text', false, ['địa điểm thực hiện', 'địa điểm dự án', 'khu công nghiệp', 'kcn', 'industrial park', 'site']),
    col('registered', 'Vốn đăng ký (USD)', 'Registered capital (USD)', 'amount', true, ['vốn đăng ký', 'tổng vốn đầu tư', 'tổng vốn đăng ký', 'vốn đầu tư đăng ký', 'registered capital', 'total investment'], { fixedCurrency: 'USD', plausibleMaxUsd: PLAUSIBLE_MAX_USD.fdiProject }),
    col('employees', 'Lao động', 'Employees', 'integer', false, ['số lao động', 'lao động (người)', 'employees', 'workers', 'jobs']),
    col('status', 'Tình trạng', 'Status', 'code', false, ['tình trạng hoạt động', 'trạng thái', 'status'], { codeList: 'fdiStatuses' }),
    col('terminationDate', 'Ngày chấm dứt', 'Termination date', 'date', false, ['ngày chấm dứt hoạt động', 'ngày thu hồi', 'terminated on', 'termination']),
  ],
};

export const FDI_CAPITAL_CHANGES: RegisterDef = {
  kind: 'fdi-capital-changes',
  vi: 'Điều chỉnh vốn, góp vốn FDI',
  en: 'FDI capital changes',
  sheetVi: 'Điều chỉnh vốn',
  sheetEn: 'Capital changes',
  idKeys: [],
  identity: ['projectCode', 'date', 'kind'],
  columns: [
    col('projectCode', 'Mã số dự án', 'Project code', 'id', true, ['mã dự án', 'mã số', 'số gcnđkđt', 'project id', 'code']),
    col('date', 'Ngày điều chỉnh', 'Date', 'date', true, ['ngày', 'thời gian', 'kỳ', 'ngày cấp điều chỉnh', 'ngày góp vốn', 'change date', 'date'], { notFuture: true }),
    col('kind', 'Loại điều chỉnh', 'Kind', 'code', true, ['loại', 'hình thức', 'hình thức điều chỉnh', 'nội dung', 'nội dung điều chỉnh', 'change kind', 'kind of change', 'type'], { codeList: 'fdiChangeKinds' }),
    col('amount', 'Số vốn (USD)', 'Amount (USD)', 'amount', true, ['số vốn', 'vốn điều chỉnh', 'vốn tăng thêm', 'giá trị góp vốn', 'số vốn điều chỉnh', 'amount', 'capital'], { fixedCurrency: 'USD', plausibleMaxUsd: PLAUSIBLE_MAX_USD.fdiProject }),
    col('country', 'Quốc gia, vùng lãnh thổ', 'Country or territory', 'code', false, ['quốc gia', 'quốc tịch nhà đầu tư', 'country'], { codeList: 'countries', noteVi: 'Nếu trống, lấy quốc gia của dự án.', noteEn: "When blank, the project's country is used." }),
  ],
};

export const FDI_IMPLEMENTED: RegisterDef = {
  kind: 'fdi-implemented',
  vi: 'Vốn thực hiện FDI',
  en: 'FDI implemented capital',
  sheetVi: 'Vốn thực hiện',
  sheetEn: 'Implemented capital',
  idKeys: [],
  identity: ['projectCode'],
  columns: [
    col('projectCode', 'Mã số dự án', 'Project code', 'id', true, ['mã dự án', 'mã số', 'project id', 'code']),
    col('period', 'Kỳ', 'Period', 'period', true, ['kỳ báo cáo', 'tháng', 'quý', 'năm', 'thời gian', 'ngày', 'period or date', 'date', 'month', 'quarter'], { notFuture: true }),
    col('amount', 'Vốn thực hiện (USD)', 'Implemented capital (USD)', 'amount', true, ['vốn thực hiện', 'vốn giải ngân', 'giải ngân', 'implemented', 'disbursed capital'], { fixedCurrency: 'USD', plausibleMaxUsd: PLAUSIBLE_MAX_USD.fdiProject }),
  ],
};

export const EXCHANGE_RATES: RegisterDef = {
  kind: 'exchange-rates',
  vi: 'Tỷ giá',
  en: 'Exchange rates',
  sheetVi: 'Tỷ giá',
  sheetEn: 'Exchange rates',
  idKeys: ['currency', 'validFrom'],
  identity: ['currency'],
  columns: [
    col('currency', 'Loại tiền', 'Currency', 'currency', true, ['ngoại tệ', 'mã ngoại tệ', 'currency code']),
    // A day (in force until the next row of the currency), or a month or year as provinces keep their
    // rate tables ("2024", "01/2024", "tháng 1/2024"): in force for that month or year only.
    col('validFrom', 'Áp dụng từ ngày', 'Valid from', 'period', true, ['từ ngày', 'ngày áp dụng', 'ngày hiệu lực', 'ngày', 'date', 'effective date', 'năm', 'tháng', 'kỳ', 'year', 'month'], { noteVi: 'Một ngày (áp dụng đến dòng sau của cùng loại tiền), hoặc một tháng, một năm ("01/2024", "2024"): chỉ áp dụng trong tháng, năm đó.', noteEn: 'A day (in force until the next row of the same currency), or a month or year ("01/2024", "2024"): in force within that month or year only.' }),
    col('rateUsd', 'Tỷ giá quy đổi USD', 'Rate to USD', 'rate', false, ['quy đổi usd', 'tỷ giá usd', 'usd per unit', 'to usd'], { noteVi: 'Số USD của 1 đơn vị tiền này.', noteEn: 'US dollars for one unit of this currency.' }),
    col('rateVnd', 'Tỷ giá quy đổi VND', 'Rate to VND', 'rate', false, ['quy đổi vnd', 'tỷ giá vnd', 'tỷ giá', 'vnd per unit', 'to vnd', 'rate'], { noteVi: 'Số đồng của 1 đơn vị tiền này.', noteEn: 'Vietnamese dong for one unit of this currency.' }),
  ],
};

export const REGISTERS: readonly RegisterDef[] = [
  AID_PROJECTS, AID_DISBURSEMENTS, FDI_PROJECTS, FDI_CAPITAL_CHANGES, FDI_IMPLEMENTED, EXCHANGE_RATES,
];

const TEMPLATE_DEFS = new Map<RegisterDef, RegisterDef>();

/** The register as our templates lay it out: the columns they ask for, in order. */
export function templateDef(def: RegisterDef): RegisterDef {
  let t = TEMPLATE_DEFS.get(def);
  if (!t) TEMPLATE_DEFS.set(def, t = def.columns.every((c) => c.inTemplate !== false) ? def : { ...def, columns: def.columns.filter((c) => c.inTemplate !== false) });
  return t;
}

export function registerDef(kind: RegisterKind): RegisterDef {
  const def = REGISTERS.find((r) => r.kind === kind);
  if (!def) throw new Error(`unknown register kind ${kind}`);
  return def;
}
