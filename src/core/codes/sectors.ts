// The seven sectors provinces use to report foreign NGO aid (PCPNN). The list is the default only:
// a workbook may edit it on its code-list sheet (CodeList.extend).
import { CodeEntry, CodeList } from './codeList';

export interface SectorEntry extends CodeEntry {
  /**
   * OECD DAC 5-digit purpose code used when an export needs one. The mapping is indicative: each
   * provincial sector is broader than any single DAC code, so we pick the general "policy and
   * administration" (or multisector) code of the matching DAC group, not a precise classification.
   */
  readonly oecdDac: string;
}

const ENTRIES: readonly SectorEntry[] = [
  {
    code: 'KTXH',
    vi: 'Phát triển kinh tế - xã hội',
    en: 'Socio-economic development',
    oecdDac: '43010', // Multisector aid
    aliases: [
      'Phát triển kinh tế xã hội', 'Kinh tế - xã hội', 'Kinh tế xã hội', 'KT-XH', 'PTKTXH', 'Phát triển KT-XH',
      'socio-economic', 'socioeconomic development', 'economic and social development', 'multisector',
    ],
  },
  {
    code: 'GDDT',
    vi: 'Giáo dục - Đào tạo',
    en: 'Education and training',
    oecdDac: '11110', // Education policy and administrative management
    aliases: [
      'Giáo dục và đào tạo', 'Giáo dục', 'Đào tạo', 'GD-ĐT', 'GD&ĐT', 'GDĐT', 'education', 'training',
      'education & training',
    ],
  },
  {
    code: 'YT',
    vi: 'Y tế',
    en: 'Health',
    oecdDac: '12110', // Health policy and administrative management
    aliases: ['Chăm sóc sức khỏe', 'Sức khỏe', 'healthcare', 'health care'],
  },
  {
    code: 'TNMT',
    vi: 'Tài nguyên - Môi trường',
    en: 'Natural resources and environment',
    oecdDac: '41010', // Environmental policy and administrative management
    aliases: [
      'Tài nguyên và môi trường', 'Tài nguyên môi trường', 'Môi trường', 'TN-MT', 'TN&MT', 'environment',
      'natural resources & environment', 'environmental protection',
    ],
  },
  {
    code: 'XH',
    vi: 'Giải quyết các vấn đề xã hội',
    en: 'Social issues',
    oecdDac: '16010', // Social protection
    aliases: ['Các vấn đề xã hội', 'Vấn đề xã hội', 'Xã hội', 'social', 'social protection', 'social affairs'],
  },
  {
    code: 'CTKC',
    vi: 'Cứu trợ khẩn cấp',
    en: 'Emergency relief',
    oecdDac: '72010', // Material relief assistance and services
    aliases: ['Cứu trợ', 'Khẩn cấp', 'Cứu trợ thiên tai', 'emergency', 'relief', 'humanitarian aid', 'disaster relief'],
  },
  {
    code: 'NNPTNT',
    vi: 'Nông nghiệp - Phát triển nông thôn',
    en: 'Agriculture and rural development',
    oecdDac: '31110', // Agricultural policy and administrative management
    aliases: [
      'Nông nghiệp và phát triển nông thôn', 'Nông nghiệp phát triển nông thôn', 'Nông nghiệp', 'Phát triển nông thôn',
      'NN-PTNT', 'NN&PTNT', 'agriculture', 'rural development',
    ],
  },
];

export const SECTORS: CodeList<SectorEntry> = new CodeList('sectors', ENTRIES);
