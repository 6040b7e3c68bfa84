// Public face of the built-in code lists. Every list is a CodeList value (users extend lists in the
// workbook); provinces are matched through matchProvince, which knows the names merged away in 2025.
import { AID_FORMS, FDI_CHANGE_KINDS, FUNDING_SOURCES } from './aidForms';
import { COUNTRIES } from './countries';
import { CURRENCIES } from './currencies';
import { PROVINCES } from './provinces';
import { SECTORS } from './sectors';
import { AID_STATUSES, FDI_STATUSES } from './statuses';
import { VSIC } from './vsic';

export * from './codeList';
export * from './lenientCodeList';
export * from './currencies';
export * from './countries';
export * from './countryVariants';
export * from './provinces';
export * from './sectors';
export * from './vsic';
export * from './statuses';
export * from './aidForms';

export const CODE_LISTS = {
  currencies: CURRENCIES,
  countries: COUNTRIES,
  sectors: SECTORS,
  vsic: VSIC,
  aidStatuses: AID_STATUSES,
  fdiStatuses: FDI_STATUSES,
  aidForms: AID_FORMS,
  fundingSources: FUNDING_SOURCES,
  fdiChangeKinds: FDI_CHANGE_KINDS,
  /** The list of today's provinces; match free text with matchProvince, not provinces.match. */
  provinces: PROVINCES,
} as const;
