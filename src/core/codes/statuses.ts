// Status lists. Aid statuses follow IATI 2.03 ActivityStatus so an export can carry the IATI code;
// FDI statuses say whether a project still counts among "valid projects" in cumulative FDI reports.
import { CodeEntry, CodeList } from './codeList';

export interface AidStatusEntry extends CodeEntry {
  /** IATI ActivityStatus code: 1 Pipeline, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended. */
  readonly iati: number;
}

const AID_ENTRIES: readonly AidStatusEntry[] = [
  {
    code: 'pipeline', iati: 1, vi: 'Chuẩn bị', en: 'Pipeline',
    aliases: [
      'Đang chuẩn bị', 'Chuẩn bị thực hiện', 'Chuẩn bị đầu tư', 'Đang chuẩn bị đầu tư', 'Chờ phê duyệt', 'Đang xây dựng dự án',
      'Chưa triển khai', 'Chưa thực hiện', 'Đề xuất', 'pipeline/identification', 'identification', 'planned', 'proposed',
    ],
  },
  {
    code: 'implementation', iati: 2, vi: 'Đang thực hiện', en: 'In progress',
    aliases: [
      'Đang triển khai', 'Đang triển khai thực hiện', 'Đang tiến hành', 'Thực hiện', 'Triển khai', 'implementation', 'ongoing',
      'on-going', 'active', 'in implementation', 'under implementation',
    ],
  },
  {
    code: 'finalisation', iati: 3, vi: 'Đang kết thúc', en: 'Finalising',
    // "Completion" is IATI 1.0x's name for code 3 (renamed Finalisation in 2.01); AidData still writes it.
    aliases: [
      'Sắp kết thúc', 'Đang quyết toán', 'Chờ quyết toán', 'Đang nghiệm thu', 'Đang hoàn tất', 'finalisation', 'finalization',
      'finalizing', 'finalising', 'closing', 'completion',
    ],
  },
  {
    code: 'completed', iati: 4, vi: 'Đã hoàn thành', en: 'Completed',
    // "Post-completion" is IATI 1.0x's code 4, "Closed" since 2.01.
    aliases: [
      'Hoàn thành', 'Kết thúc', 'Đã kết thúc', 'Đã xong', 'Đã quyết toán', 'Hoàn tất', 'Đã hoàn tất', 'Đã đóng', 'Đã nghiệm thu',
      'closed', 'complete', 'finished', 'post-completion',
    ],
  },
  {
    code: 'cancelled', iati: 5, vi: 'Đã hủy', en: 'Cancelled',
    // "Dropped" is the World Bank's word for a project cancelled before approval.
    aliases: ['Hủy', 'Huỷ', 'Đã huỷ', 'Hủy bỏ', 'Đã hủy bỏ', 'Bị hủy', 'Đã bị hủy', 'canceled', 'cancel', 'dropped'],
  },
  {
    code: 'suspended', iati: 6, vi: 'Tạm dừng', en: 'Suspended',
    aliases: ['Tạm ngừng', 'Đang tạm dừng', 'Tạm dừng thực hiện', 'Tạm ngừng thực hiện', 'Tạm hoãn', 'Đình chỉ', 'Bị đình chỉ', 'on hold', 'paused'],
  },
];

/**
 * Exports from IATI systems write the ActivityStatus code itself ("2"), so each code is also a
 * spelling of its status.
 */
const AID_ENTRIES_WITH_IATI: readonly AidStatusEntry[] = AID_ENTRIES.map((e) => ({ ...e, aliases: [...(e.aliases ?? []), String(e.iati)] }));

export const AID_STATUSES: CodeList<AidStatusEntry> = new CodeList('aidStatuses', AID_ENTRIES_WITH_IATI);

export interface FdiStatusEntry extends CodeEntry {
  /** Counted among valid projects (dự án còn hiệu lực): every status except terminated. */
  readonly valid: boolean;
}

const FDI_ENTRIES: readonly FdiStatusEntry[] = [
  {
    code: 'active', valid: true, vi: 'Đang hoạt động', en: 'Operating',
    aliases: ['Hoạt động', 'Đã đi vào hoạt động', 'Đang sản xuất kinh doanh', 'active', 'in operation', 'operational'],
  },
  {
    code: 'under-construction', valid: true, vi: 'Đang xây dựng', en: 'Under construction',
    aliases: ['Đang triển khai xây dựng', 'Đang đầu tư xây dựng', 'Chưa hoạt động', 'Đang triển khai', 'construction'],
  },
  {
    code: 'suspended', valid: true, vi: 'Tạm ngừng hoạt động', en: 'Suspended',
    aliases: ['Tạm ngừng', 'Tạm dừng', 'Tạm dừng hoạt động', 'Tạm ngưng', 'Tạm ngưng hoạt động', 'suspended operations'],
  },
  {
    code: 'terminated', valid: false, vi: 'Chấm dứt hoạt động', en: 'Terminated',
    aliases: ['Đã chấm dứt', 'Chấm dứt', 'Đã chấm dứt hoạt động', 'Thu hồi', 'Bị thu hồi', 'Thu hồi GCNĐKĐT', 'Thu hồi giấy chứng nhận', 'Giải thể', 'Revoked', 'terminated', 'closed', 'dissolved'],
  },
];

export const FDI_STATUSES: CodeList<FdiStatusEntry> = new CodeList('fdiStatuses', FDI_ENTRIES);
