import { text, type Text } from '../message/message.js';
import type { CochuongDocument, ThoiGian } from './document.js';
import type { DataPath } from '../parse/source-tree.js';

/** Where a time is written in a program: a content item, the 6-month review or the year-end review. */
export type TimePlace = 'noi_dung' | 'so_ket' | 'tong_ket';

export interface PlacedTime {
  time: ThoiGian;
  /** The path of the `thoi_gian` value. */
  path: DataPath;
  place: TimePlace;
}

/** Every `thoi_gian` of a program, with its path, in document order. */
export function timesOf(doc: CochuongDocument): PlacedTime[] {
  const times: PlacedTime[] = [];
  doc.noi_dung?.forEach((item, i) => times.push({ time: item.thoi_gian, path: ['noi_dung', i, 'thoi_gian'], place: 'noi_dung' }));
  for (const place of ['so_ket', 'tong_ket'] as const) {
    const time = doc.to_chuc_thuc_hien?.[place]?.thoi_gian;
    if (time !== undefined) times.push({ time, path: ['to_chuc_thuc_hien', place, 'thoi_gian'], place });
  }
  return times;
}

export const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** 1–4 for a quarter written correctly (I … IV), else undefined. */
export function quarterNumber(value: string | number): number | undefined {
  const i = typeof value === 'string' ? QUARTERS.indexOf(value as (typeof QUARTERS)[number]) : -1;
  return i >= 0 ? i + 1 : undefined;
}

/** What a time belongs to, for messages: a content item by its title, or the reviews. */
export function timeOwner(doc: CochuongDocument, placed: PlacedTime): Text {
  if (placed.place === 'so_ket') return text('thời gian sơ kết', 'the 6-month review');
  if (placed.place === 'tong_ket') return text('thời gian tổng kết', 'the year-end review');
  const item = doc.noi_dung?.[placed.path[1] as number];
  return text(`nội dung "${item?.tieu_de ?? ''}"`, `item "${item?.tieu_de ?? ''}"`);
}
