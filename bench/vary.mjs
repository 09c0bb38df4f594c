// The next year's version of a program, as a clerk would edit it: some items dropped, some added,
// some reworded, one moved, the lead changed on others. Used to time `cochuong diff`.
import { parseDocument } from 'yaml';

export function variedProgram(text) {
  const doc = parseDocument(text);
  const items = doc.get('noi_dung');
  const kept = [];
  items.items.forEach((item, i) => {
    if (i % 50 === 7) return; // dropped
    if (i % 25 === 3) item.set('tieu_de', `${item.get('tieu_de')} và sơ kết kết quả thực hiện`);
    if (i % 40 === 11) { // another lead; the old lead coordinates instead
      const lead = item.get('chu_tri');
      const next = lead === 'ubnd' ? 'mttq' : 'ubnd';
      const others = (item.get('phoi_hop')?.toJSON() ?? []).filter((p) => p !== next);
      item.set('chu_tri', next);
      item.set('phoi_hop', doc.createNode([lead, ...others], { flow: true }));
    }
    kept.push(item);
  });
  kept.push(kept.splice(10, 1)[0]); // moved to the end
  for (let k = 0; k < 5; k++) {
    kept.push(doc.createNode({ id: `moi-${k + 1}`, tieu_de: `Nội dung mới số ${k + 1}: chuyển đổi số trong tiếp nhận kiến nghị của cử tri`,
      mo_ta: 'Phối hợp xây dựng kênh tiếp nhận, theo dõi kiến nghị của cử tri trên môi trường số.', chu_tri: 'ubnd', phoi_hop: ['mttq', 'hdnd'], thoi_gian: 'ca_nam' }));
  }
  items.items = kept;
  return doc.toString({ lineWidth: 0 });
}
