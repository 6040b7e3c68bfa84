// Code lists, continued: provinces (before and after 1 July 2025), sectors, VSIC, statuses, aid forms,
// funding sources, FDI change kinds, and the index of every list.
import {
  AID_FORMS, AID_STATUSES, CODE_LISTS, COUNTRIES, FDI_CHANGE_KINDS, FDI_STATUSES, FUNDING_SOURCES, PROVINCES,
  SECTORS, SPLIT_PROVINCES, VSIC, matchProvince, provinceKey, matchVsic, vsicSectionOfDivision, type CodeEntry, type CodeList,
  type CodeMatch,
} from '../src/core/codes';

function codeOf(m: CodeMatch): string | undefined {
  return m.kind === 'exact' || m.kind === 'matched' ? m.entry.code : undefined;
}

describe('provinces', () => {
  const CURRENT = [
    'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
    'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
    'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'TP. Hồ Chí Minh', 'Đồng Nai',
    'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
  ];

  it('has exactly the 34 provinces and cities in force since 1 July 2025', () => {
    expect(PROVINCES.entries).toHaveLength(34);
    expect(PROVINCES.entries.map((e) => e.vi).sort()).toEqual([...CURRENT].sort());
    const codes = PROVINCES.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(34);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
  });

  it.each(CURRENT)('%s matches itself exactly', (name) => {
    expect(matchProvince(name)).toMatchObject({ kind: 'current', exact: true, entry: { vi: name } });
  });

  it.each([
    ['01', 'Hà Nội'], ['31', 'Hải Phòng'], ['46', 'Huế'], ['48', 'Đà Nẵng'], ['79', 'TP. Hồ Chí Minh'], ['92', 'Cần Thơ'],
    ['15', 'Lào Cai'], ['80', 'Tây Ninh'], ['96', 'Cà Mau'],
  ])('code %s is %s', (code, name) => {
    expect(PROVINCES.byCode(code)?.vi).toBe(name);
  });

  const MERGERS: readonly (readonly [string, readonly string[]])[] = [
    ['Tuyên Quang', ['Hà Giang']], ['Lào Cai', ['Yên Bái']], ['Thái Nguyên', ['Bắc Kạn']],
    ['Phú Thọ', ['Vĩnh Phúc', 'Hòa Bình']], ['Bắc Ninh', ['Bắc Giang']], ['Hưng Yên', ['Thái Bình']],
    ['Hải Phòng', ['Hải Dương']], ['Ninh Bình', ['Hà Nam', 'Nam Định']], ['Quảng Trị', ['Quảng Bình']],
    ['Đà Nẵng', ['Quảng Nam']], ['Quảng Ngãi', ['Kon Tum']], ['Gia Lai', ['Bình Định']], ['Khánh Hòa', ['Ninh Thuận']],
    ['Lâm Đồng', ['Đắk Nông', 'Bình Thuận']], ['Đắk Lắk', ['Phú Yên']],
    ['TP. Hồ Chí Minh', ['Bình Dương', 'Bà Rịa - Vũng Tàu']], ['Đồng Nai', ['Bình Phước']], ['Tây Ninh', ['Long An']],
    ['Cần Thơ', ['Sóc Trăng', 'Hậu Giang']], ['Vĩnh Long', ['Bến Tre', 'Trà Vinh']], ['Đồng Tháp', ['Tiền Giang']],
    ['Cà Mau', ['Bạc Liêu']], ['An Giang', ['Kiên Giang']],
  ];

  it('records the 23 mergers, covering all 63 old provinces', () => {
    expect(MERGERS).toHaveLength(23);
    const all = PROVINCES.entries.flatMap((e) => e.formerNames);
    expect(new Set(all).size).toBe(all.length);
    // 34 provinces list themselves (Huế as Thừa Thiên Huế) and 29 absorbed ones.
    expect(all).toHaveLength(63);
  });

  it.each(MERGERS.flatMap(([current, olds]) => olds.map((old) => [old, current] as const)))(
    'former %s → %s, old name kept',
    (old, current) => {
      const m = matchProvince(old);
      expect(m).toMatchObject({ kind: 'former', former: old, exact: false, entry: { vi: current } });
      expect(PROVINCES.entries.find((e) => e.vi === current)?.formerNames).toContain(old);
      // An old name is not an alias of the plain code list.
      expect(PROVINCES.match(old).kind).toBe('none');
    },
  );

  it.each([
    ['hoà bình', 'Hòa Bình', 'Phú Thọ'], ['HOA BINH', 'Hòa Bình', 'Phú Thọ'], ['Hòa  Bình', 'Hòa Bình', 'Phú Thọ'],
    ['Hoà Bình'.normalize('NFD'), 'Hòa Bình', 'Phú Thọ'], ['Tỉnh Hòa Bình', 'Hòa Bình', 'Phú Thọ'],
    ['tỉnh Quảng Nam', 'Quảng Nam', 'Đà Nẵng'], ['Quang Nam', 'Quảng Nam', 'Đà Nẵng'],
    ['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'], ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'], ['Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'],
    ['Thừa Thiên Huế', 'Thừa Thiên Huế', 'Huế'], ['Thừa Thiên - Huế', 'Thừa Thiên Huế', 'Huế'], ['tinh Thua Thien Hue', 'Thừa Thiên Huế', 'Huế'],
    ['Kontum', 'Kon Tum', 'Quảng Ngãi'], ['Đắc Nông', 'Đắk Nông', 'Lâm Đồng'], ['Bắc Cạn', 'Bắc Kạn', 'Thái Nguyên'],
    ['Binh Duong province', 'Bình Dương', 'TP. Hồ Chí Minh'],
  ])('%s → former %s of %s', (text, former, current) => {
    expect(matchProvince(text)).toMatchObject({ kind: 'former', former, exact: false, entry: { vi: current } });
  });

  it.each([
    ['TP. Hồ Chí Minh', 'TP. Hồ Chí Minh', true], ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh', false],
    ['TP HCM', 'TP. Hồ Chí Minh', false], ['TP.HCM', 'TP. Hồ Chí Minh', false], ['HCM', 'TP. Hồ Chí Minh', false],
    ['Sài Gòn', 'TP. Hồ Chí Minh', false], ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', false],
    ['Ho Chi Minh City', 'TP. Hồ Chí Minh', false], ['tp ho chi minh', 'TP. Hồ Chí Minh', false],
    ['Hà Nội', 'Hà Nội', true], ['TP. Hà Nội', 'Hà Nội', false], ['Thành phố Hà Nội', 'Hà Nội', false], ['Hanoi', 'Hà Nội', false],
    ['Da Nang', 'Đà Nẵng', false], ['Danang', 'Đà Nẵng', false], ['Hue', 'Huế', false], ['Thành phố Huế', 'Huế', false],
    ['Can Tho City', 'Cần Thơ', false], ['Hai Phong', 'Hải Phòng', false], ['Thanh Hoá', 'Thanh Hóa', false],
    ['  Thanh Hóa ', 'Thanh Hóa', true], ['Tỉnh Quảng Ninh', 'Quảng Ninh', false], ['Đắc Lắc', 'Đắk Lắk', false],
    ['Daklak', 'Đắk Lắk', false], ['KHANH HOA', 'Khánh Hòa', false], ['Phú Thọ', 'Phú Thọ', true],
  ])('%s → current %s (exact: %s)', (text, name, exact) => {
    expect(matchProvince(text)).toMatchObject({ kind: 'current', exact, entry: { vi: name } });
  });

  it.each([
    ['Hà Tây', 'Hà Nội'], ['Tỉnh Hà Tây', 'Hà Nội'], ['ha tay', 'Hà Nội'], ['Hà Bắc', 'Bắc Ninh'],
    ['Bắc Thái', 'Thái Nguyên'], ['Vĩnh Phú', 'Phú Thọ'], ['Hà Nam Ninh', 'Ninh Bình'], ['Nam Hà', 'Ninh Bình'],
    ['Hoàng Liên Sơn', 'Lào Cai'], ['Hà Tuyên', 'Tuyên Quang'], ['Cửu Long', 'Vĩnh Long'], ['Minh Hải', 'Cà Mau'],
    ['Quảng Nam - Đà Nẵng', 'Đà Nẵng'], ['QN-ĐN', 'Đà Nẵng'], ['Vũng Tàu - Côn Đảo', 'TP. Hồ Chí Minh'],
  ])('%s, dissolved before 2025, → %s with the old name kept', (text, current) => {
    const m = matchProvince(text);
    expect(m).toMatchObject({ kind: 'former', exact: false, entry: { vi: current } });
    const entry = PROVINCES.entries.find((e) => e.vi === current)!;
    expect(entry.earlierNames?.map((x) => x.name)).toContain(m.former);
    // Not one of the 63 of 2025, and not an alias of today's list.
    expect(entry.formerNames).not.toContain(m.former);
    expect(PROVINCES.match(text).kind).toBe('none');
  });

  it('every earlier province ceased before 2025 and names no province of 2025', () => {
    const names2025 = new Set(PROVINCES.entries.flatMap((e) => [e.vi, ...e.formerNames]).map(provinceKey));
    const earlier = [...PROVINCES.entries.flatMap((e) => e.earlierNames ?? []), ...SPLIT_PROVINCES];
    expect(earlier.length).toBeGreaterThanOrEqual(20);
    for (const x of earlier) {
      expect(x.until).toBeLessThan(2025);
      expect(names2025.has(provinceKey(x.name))).toBe(false);
    }
  });

  it.each(SPLIT_PROVINCES.map((x) => [x.name, x.nowIn] as const))(
    '%s, now split between provinces, is ambiguous and names them',
    (name, nowIn) => {
      const m = matchProvince(name);
      expect(m.kind).toBe('ambiguous');
      expect(m.candidates?.map((e) => e.code).sort()).toEqual([...nowIn].sort());
    },
  );

  it('Hải Hưng is ambiguous between Hải Phòng and Hưng Yên', () => {
    expect(matchProvince('Hai Hung').candidates?.map((e) => e.vi).sort()).toEqual(['Hưng Yên', 'Hải Phòng']);
  });

  it.each(['Xã X, tỉnh Quảng Nam', 'Phường Bến Nghé', '', '   ', 'Tỉnh', 'Atlantis'])('%j is not a province', (text) => {
    expect(matchProvince(text)).toEqual({ kind: 'none', exact: false });
  });
});

describe('sectors', () => {
  it.each([
    ['Phát triển kinh tế - xã hội', 'KTXH'], ['Phat trien kinh te xa hoi', 'KTXH'], ['Kinh tế - xã hội', 'KTXH'],
    ['Giáo dục - Đào tạo', 'GDDT'], ['Giáo dục', 'GDDT'], ['GD-ĐT', 'GDDT'], ['giao duc dao tao', 'GDDT'], ['education', 'GDDT'],
    ['Y tế', 'YT'], ['Y te', 'YT'], ['health', 'YT'], ['healthcare', 'YT'],
    ['Tài nguyên - Môi trường', 'TNMT'], ['Môi trường', 'TNMT'], ['environment', 'TNMT'],
    ['Giải quyết các vấn đề xã hội', 'XH'], ['Xã hội', 'XH'],
    ['Cứu trợ khẩn cấp', 'CTKC'], ['Cứu trợ', 'CTKC'], ['emergency relief', 'CTKC'],
    ['Nông nghiệp - Phát triển nông thôn', 'NNPTNT'], ['Nông nghiệp', 'NNPTNT'], ['agriculture', 'NNPTNT'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(SECTORS.match(text))).toBe(code);
  });

  it('holds the seven reporting sectors with DAC purpose codes', () => {
    expect(SECTORS.entries.map((e) => [e.code, e.oecdDac])).toEqual([
      ['KTXH', '43010'], ['GDDT', '11110'], ['YT', '12110'], ['TNMT', '41010'], ['XH', '16010'], ['CTKC', '72010'], ['NNPTNT', '31110'],
    ]);
  });
});

describe('VSIC', () => {
  it.each([
    ['C', 'C'], ['c', 'C'], ['Công nghiệp chế biến, chế tạo', 'C'], ['CN chế biến chế tạo', 'C'], ['CN chế biến, chế tạo', 'C'],
    ['chế biến chế tạo', 'C'], ['manufacturing', 'C'], ['Kinh doanh bất động sản', 'L'], ['bất động sản', 'L'],
    ['real estate', 'L'], ['xây dựng', 'F'], ['construction', 'F'], ['điện', 'D'], ['Nông nghiệp, lâm nghiệp và thủy sản', 'A'],
    ['Vận tải kho bãi', 'H'], ['Vận tải, kho bãi', 'H'], ['Bán buôn và bán lẻ', 'G'], ['Y tế và hoạt động trợ giúp xã hội', 'Q'],
    ['C - Công nghiệp chế biến, chế tạo', 'C'], ['C. Công nghiệp chế biến, chế tạo', 'C'], ['C: CN chế biến', 'C'],
    ['C Công nghiệp chế biến, chế tạo', 'C'], ['C – Sản xuất linh kiện điện tử', 'C'], ['L-Kinh doanh bất động sản', 'L'],
    ['C2610', 'C'], ['1010 - Chế biến thịt', 'C'], ['6810', 'L'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(matchVsic(text))).toBe(code);
  });

  it.each([
    ['01', 'A'], ['03', 'A'], ['05', 'B'], ['09', 'B'], ['10', 'C'], ['33', 'C'], ['35', 'D'], ['36', 'E'], ['39', 'E'],
    ['41', 'F'], ['43', 'F'], ['45', 'G'], ['47', 'G'], ['49', 'H'], ['53', 'H'], ['55', 'I'], ['56', 'I'], ['58', 'J'],
    ['63', 'J'], ['64', 'K'], ['66', 'K'], ['68', 'L'], ['69', 'M'], ['75', 'M'], ['77', 'N'], ['82', 'N'], ['84', 'O'],
    ['85', 'P'], ['86', 'Q'], ['88', 'Q'], ['90', 'R'], ['93', 'R'], ['94', 'S'], ['96', 'S'], ['97', 'T'], ['98', 'T'],
    ['99', 'U'], ['011', 'A'], ['0111', 'A'], ['01110', 'A'], ['2610', 'C'], ['26100', 'C'], ['4101', 'F'], ['8510', 'P'],
  ])('VSIC code %s is in section %s', (digits, section) => {
    expect(matchVsic(digits)).toMatchObject({ kind: 'matched', entry: { code: section } });
    expect(vsicSectionOfDivision(Number(digits.slice(0, 2)))).toBe(section);
  });

  it.each(['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89', '00', '1', '123456', 'V', 'Z - Khác', 'Atlantis'])(
    '%s is no VSIC section',
    (text) => {
      expect(matchVsic(text).kind).toBe('none');
    },
  );

  it('reports a letter or code that contradicts the name as ambiguous', () => {
    const m = matchVsic('C - Xây dựng');
    expect(m.kind).toBe('ambiguous');
    if (m.kind === 'ambiguous') expect(m.entries.map((e) => e.code)).toEqual(['C', 'F']);
    expect(matchVsic('4100 - Bất động sản').kind).toBe('ambiguous');
  });

  it('lists the 21 sections A to U with names', () => {
    expect(VSIC.entries.map((e) => e.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(VSIC.byCode('E')?.vi).toBe('Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải');
  });
});

describe('statuses', () => {
  it.each([
    ['Chuẩn bị', 'pipeline'], ['Pipeline', 'pipeline'],
    ['Đang thực hiện', 'implementation'], ['đang triển khai', 'implementation'], ['ongoing', 'implementation'], ['active', 'implementation'],
    ['In progress', 'implementation'], ['Dang thuc hien', 'implementation'],
    ['Đang kết thúc', 'finalisation'], ['Finalising', 'finalisation'],
    ['Đã hoàn thành', 'completed'], ['hoàn thành', 'completed'], ['kết thúc', 'completed'], ['closed', 'completed'], ['đã kết thúc', 'completed'],
    ['Đã hủy', 'cancelled'], ['hủy', 'cancelled'], ['huỷ', 'cancelled'], ['Cancelled', 'cancelled'],
    ['Tạm dừng', 'suspended'], ['Suspended', 'suspended'],
  ])('aid status %s → %s', (text, code) => {
    expect(codeOf(AID_STATUSES.match(text))).toBe(code);
  });

  // As donors and IATI exports write them (IATI 1.0x and 2.0x names, World Bank, AidData) and as
  // provincial registers write them in Vietnamese.
  it.each([
    ['Pipeline/identification', 'pipeline'], ['Identification', 'pipeline'], ['chuẩn bị', 'pipeline'], ['Chuẩn bị đầu tư', 'pipeline'],
    ['Implementation', 'implementation'], ['đang thực hiện', 'implementation'], ['ĐANG THỰC HIỆN', 'implementation'],
    ['Completion', 'finalisation'], ['Finalisation', 'finalisation'], ['Finalization', 'finalisation'], ['Đang quyết toán', 'finalisation'],
    ['Closed', 'completed'], ['Post-completion', 'completed'], ['đã hoàn thành', 'completed'], ['kết thúc', 'completed'], ['Hoàn tất', 'completed'],
    ['Cancelled', 'cancelled'], ['Canceled', 'cancelled'], ['Dropped', 'cancelled'], ['hủy', 'cancelled'], ['Đã bị hủy', 'cancelled'],
    ['Suspended', 'suspended'], ['tạm dừng', 'suspended'], ['Tạm ngừng thực hiện', 'suspended'], ['Đình chỉ', 'suspended'],
    ['1', 'pipeline'], ['2', 'implementation'], ['3', 'finalisation'], ['4', 'completed'], ['5', 'cancelled'], ['6', 'suspended'],
  ])('donor / IATI status %s → %s', (text, code) => {
    expect(codeOf(AID_STATUSES.match(text))).toBe(code);
  });

  it('reads every status of the AidData World Bank extract (Completion 98 times, Implementation 42)', () => {
    expect(codeOf(AID_STATUSES.match('Completion'))).toBe('finalisation');
    expect(codeOf(AID_STATUSES.match('Implementation'))).toBe('implementation');
    expect(AID_STATUSES.match('7').kind).toBe('none');
  });

  it('carries IATI activity-status codes', () => {
    expect(AID_STATUSES.entries.map((e) => [e.code, e.iati])).toEqual([
      ['pipeline', 1], ['implementation', 2], ['finalisation', 3], ['completed', 4], ['cancelled', 5], ['suspended', 6],
    ]);
  });

  it.each([
    ['Đang hoạt động', 'active', true], ['Đang xây dựng', 'under-construction', true],
    ['Tạm ngừng hoạt động', 'suspended', true], ['Chấm dứt hoạt động', 'terminated', false],
    ['Đã chấm dứt', 'terminated', false], ['Terminated', 'terminated', false], ['Revoked', 'terminated', false],
    ['thu hồi', 'terminated', false],
  ])('FDI status %s → %s (valid: %s)', (text, code, valid) => {
    const m = FDI_STATUSES.match(text);
    expect(codeOf(m)).toBe(code);
    if (m.kind === 'exact' || m.kind === 'matched') expect(m.entry.valid).toBe(valid);
  });
});

describe('aid forms, funding sources, FDI change kinds', () => {
  it.each([
    [AID_FORMS, 'Chương trình', 'programme'], [AID_FORMS, 'Dự án', 'project'], [AID_FORMS, 'du an', 'project'],
    [AID_FORMS, 'Phi dự án', 'non-project'], [AID_FORMS, 'Cứu trợ khẩn cấp', 'emergency'],
    [FUNDING_SOURCES, 'Viện trợ PCPNN', 'ngo'], [FUNDING_SOURCES, 'PCPNN', 'ngo'], [FUNDING_SOURCES, 'phi chính phủ', 'ngo'],
    [FUNDING_SOURCES, 'NGO', 'ngo'], [FUNDING_SOURCES, 'phi chính phủ nước ngoài', 'ngo'],
    [FUNDING_SOURCES, 'ODA không hoàn lại', 'oda-grant'], [FUNDING_SOURCES, 'Vốn vay ODA', 'oda-loan'],
    [FUNDING_SOURCES, 'Vốn vay ưu đãi', 'concessional'], [FUNDING_SOURCES, 'Khác', 'other'],
    [FDI_CHANGE_KINDS, 'Tăng vốn', 'increase'], [FDI_CHANGE_KINDS, 'điều chỉnh tăng', 'increase'], [FDI_CHANGE_KINDS, 'tăng', 'increase'],
    [FDI_CHANGE_KINDS, 'Giảm vốn', 'decrease'], [FDI_CHANGE_KINDS, 'giảm', 'decrease'], [FDI_CHANGE_KINDS, 'điều chỉnh giảm', 'decrease'],
    [FDI_CHANGE_KINDS, 'Góp vốn, mua cổ phần', 'contribution'], [FDI_CHANGE_KINDS, 'góp vốn', 'contribution'],
    [FDI_CHANGE_KINDS, 'mua cổ phần', 'contribution'], [FDI_CHANGE_KINDS, 'GVMCP', 'contribution'],
    [FDI_CHANGE_KINDS, 'capital contribution', 'contribution'], [FDI_CHANGE_KINDS, 'share purchase', 'contribution'],
  ] as const)('%#: %s → %s', (list, text, code) => {
    expect(codeOf((list as CodeList<CodeEntry>).match(text))).toBe(code);
  });
});

describe('CODE_LISTS', () => {
  it('exposes every built-in list under its id', () => {
    expect(Object.keys(CODE_LISTS).sort()).toEqual([
      'aidForms', 'aidStatuses', 'countries', 'currencies', 'fdiChangeKinds', 'fdiStatuses', 'fundingSources', 'provinces', 'sectors', 'vsic',
    ]);
    expect(CODE_LISTS.countries).toBe(COUNTRIES);
    expect(CODE_LISTS.provinces).toBe(PROVINCES);
    for (const list of Object.values(CODE_LISTS)) {
      for (const e of list.entries) expect(e.vi.normalize('NFC')).toBe(e.vi);
    }
  });
});
