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
    aliases: ['Đang chuẩn bị', 'Chuẩn bị thực hiện', 'Chờ phê duyệt', 'Đang xây dựng dự án', 'pipeline/identification', 'planned'],
  },
  {
    code: 'implementation', iati: 2, vi: 'Đang thực hiện', en: 'In progress',
    aliases: ['Đang triển khai', 'Đang tiến hành', 'Thực hiện', 'Triển khai', 'implementation', 'ongoing', 'on-going', 'active', 'in implementation'],
  },
  {
    code: 'finalisation', iati: 3, vi: 'Đang kết thúc', en: 'Finalising',
    aliases: ['Sắp kết thúc', 'Đang quyết toán', 'Đang hoàn tất', 'finalisation', 'finalization', 'finalizing', 'closing'],
  },
  {
    code: 'completed', iati: 4, vi: 'Đã hoàn thành', en: 'Completed',
    aliases: ['Hoàn thành', 'Kết thúc', 'Đã kết thúc', 'Đã xong', 'Đã quyết toán', 'closed', 'complete', 'finished'],
  },
  {
    code: 'cancelled', iati: 5, vi: 'Đã hủy', en: 'Cancelled',
    aliases: ['Hủy', 'Huỷ', 'Đã huỷ', 'Hủy bỏ', 'Đã hủy bỏ', 'canceled', 'cancel'],
  },
  {
    code: 'suspended', iati: 6, vi: 'Tạm dừng', en: 'Suspended',
    aliases: ['Tạm ngừng', 'Đang tạm dừng', 'Tạm hoãn', 'on hold', 'paused'],
  },
];

export const AID_STATUSES: CodeList<AidStatusEntry> = new CodeList('aidStatuses', AID_ENTRIES);

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
