import type { Change } from './model.js';
import { compareElements } from './elements.js';
import { compareField, compareParagraphs, type Scope } from './fields.js';
import { own, showDate } from './shown.js';

type Member = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Legal bases: paired by their number (a document number is an id), then by their words. */
export function compareBases(scope: Scope, a: unknown, b: unknown): Change[] {
  return compareElements(scope, a, b, {
    element: 'can_cu',
    path: ['can_cu'],
    idKey: 'so',
    text: (m) => `${str(m.loai) ?? ''} ${str(m.ten) ?? ''} ${str(m.co_quan) ?? ''}`,
    title: (m) => basisTitle(m),
    details: (x: Member, y: Member, oldPath, newPath) => {
      const changes: (Change | undefined)[] = [];
      for (const key of ['loai', 'ten', 'ngay', 'co_quan']) {
        changes.push(compareField(scope, key, [...oldPath, key], [...newPath, key], x[key], y[key],
          { type: key === 'ngay' ? 'date' : key === 'ten' || key === 'co_quan' ? 'text' : 'value' }));
      }
      return changes.filter((c): c is Change => c !== undefined);
    },
  });
}

const BASIS_TYPES: Record<string, string> = {
  hien_phap: 'Hiến pháp', luat: 'Luật', nghi_quyet: 'Nghị quyết', nghi_quyet_lien_tich: 'Nghị quyết liên tịch', nghi_dinh: 'Nghị định',
  quyet_dinh: 'Quyết định', thong_tu: 'Thông tư', chi_thi: 'Chỉ thị', ket_luan: 'Kết luận', huong_dan: 'Hướng dẫn',
  ke_hoach: 'Kế hoạch', chuong_trinh: 'Chương trình', quy_che: 'Quy chế', van_ban_khac: '',
};

/** "Luật Tổ chức chính quyền địa phương", "Nghị quyết liên tịch số 403/2017/…": how a reader names a basis. */
export function basisTitle(m: Member): string | undefined {
  const type = own(BASIS_TYPES, str(m.loai) ?? '') ?? '';
  const name = str(m.ten) ?? '';
  if (m.loai === 'luat' || m.loai === 'hien_phap') return `${type} ${name}`.trim() || undefined;
  const number = str(m.so) ? `số ${m.so}` : '';
  const date = str(m.ngay) ? `ngày ${showDate(m.ngay)}` : '';
  return [type, number, date, name].filter(Boolean).join(' ') || undefined;
}

/** Recipients (nơi nhận): one line each, paired by their words. */
export function compareRecipients(scope: Scope, a: unknown, b: unknown): Change[] {
  return compareParagraphs(scope, 'noi_nhan', ['noi_nhan'], ['noi_nhan'], a, b, 'noi_nhan');
}
