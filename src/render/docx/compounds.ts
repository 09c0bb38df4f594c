/**
 * Data: words of several syllables that a line of a header, a trích yếu or a signature title never
 * breaks inside ("HỘI ĐỒNG", "VIỆT NAM", "BÌNH CHÁNH"). Compared in capitals, tone placement as
 * written here and in the older style both (compounds are normalised by the balancer). Add to it
 * when a rendering breaks a name it should not; the locality's own name is added per document.
 */

/** Bodies, titles and common words of their names. */
export const COMPOUND_WORDS: readonly string[] = [
  'ỦY BAN', 'NHÂN DÂN', 'VIỆT NAM', 'MẶT TRẬN', 'TỔ QUỐC', 'HỘI ĐỒNG', 'THƯỜNG TRỰC', 'THƯỜNG VỤ', 'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH', 'CHẤP HÀNH', 'LIÊN HIỆP', 'PHỤ NỮ', 'CỰU CHIẾN BINH', 'NÔNG DÂN', 'LAO ĐỘNG', 'LIÊN ĐOÀN',
  'THANH NIÊN', 'CỘNG SẢN', 'HỒ CHÍ MINH', 'CHÍNH TRỊ', 'XÃ HỘI', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU',
  'BÍ THƯ', 'HUYỆN ĐOÀN', 'THÀNH ĐOÀN', 'TỈNH ĐOÀN', 'VĂN PHÒNG', 'ĐOÀN THỂ', 'TRUNG ƯƠNG', 'CHÍNH PHỦ', 'QUỐC HỘI',
  'ĐOÀN CHỦ TỊCH', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'VĂN HÓA', 'THỂ THAO', 'DU LỊCH', 'GIÁO DỤC', 'ĐÀO TẠO', 'Y TẾ',
  'CÔNG AN', 'QUÂN SỰ', 'CHỮ THẬP ĐỎ', 'CÔNG THƯƠNG', 'NÔNG NGHIỆP', 'PHÁT TRIỂN', 'NÔNG THÔN', 'TÀI CHÍNH',
  'KẾ HOẠCH', 'ĐẦU TƯ', 'TƯ PHÁP', 'NỘI VỤ', 'XÂY DỰNG', 'GIAO THÔNG', 'VẬN TẢI', 'TÀI NGUYÊN', 'MÔI TRƯỜNG',
  'THÔNG TIN', 'TRUYỀN THÔNG', 'KHOA HỌC', 'CÔNG NGHỆ', 'DÂN TỘC', 'TÔN GIÁO', 'PHỐI HỢP', 'CÔNG TÁC',
  'CHƯƠNG TRÌNH', 'QUY CHẾ', 'BÁO CÁO', 'NHIỆM KỲ', 'GIAI ĐOẠN', 'GIÁM SÁT', 'PHẢN BIỆN', 'CỬ TRI', 'ĐẠI BIỂU',
  'ĐẠI HỘI', 'ĐẢNG BỘ', 'THI ĐUA', 'VẬN ĐỘNG', 'ĐOÀN KẾT', 'TOÀN DÂN', 'KHU DÂN CƯ', 'DÂN CHỦ', 'CƠ SỞ',
  'ĐÔ THỊ', 'VĂN MINH', 'AN NINH', 'TRẬT TỰ', 'QUỐC PHÒNG', 'HÀNH CHÍNH', 'CẢI CÁCH', 'THỰC HIỆN', 'TỔ CHỨC',
  'THÔNG BÁO', 'KẾT LUẬN', 'NGHỊ QUYẾT', 'LIÊN TỊCH',
];

/** Provinces and centrally-run cities (before and after the 2025 merger) and other names that head bodies. */
export const PLACE_NAMES: readonly string[] = [
  'HÀ NỘI', 'HẢI PHÒNG', 'ĐÀ NẴNG', 'CẦN THƠ', 'HUẾ', 'AN GIANG', 'BẮC NINH', 'CÀ MAU', 'CAO BẰNG', 'ĐẮK LẮK',
  'ĐIỆN BIÊN', 'ĐỒNG NAI', 'ĐỒNG THÁP', 'GIA LAI', 'HÀ TĨNH', 'HƯNG YÊN', 'KHÁNH HÒA', 'LAI CHÂU', 'LÂM ĐỒNG',
  'LẠNG SƠN', 'LÀO CAI', 'NGHỆ AN', 'NINH BÌNH', 'PHÚ THỌ', 'QUẢNG NGÃI', 'QUẢNG NINH', 'QUẢNG TRỊ', 'SƠN LA',
  'TÂY NINH', 'THÁI NGUYÊN', 'THANH HÓA', 'TUYÊN QUANG', 'VĨNH LONG', 'BẮC GIANG', 'BẮC KẠN', 'BẠC LIÊU',
  'BẾN TRE', 'BÌNH ĐỊNH', 'BÌNH DƯƠNG', 'BÌNH PHƯỚC', 'BÌNH THUẬN', 'ĐẮK NÔNG', 'HÀ GIANG', 'HÀ NAM', 'HẢI DƯƠNG',
  'HẬU GIANG', 'HÒA BÌNH', 'KIÊN GIANG', 'KON TUM', 'LONG AN', 'NAM ĐỊNH', 'NINH THUẬN', 'PHÚ YÊN', 'QUẢNG BÌNH',
  'QUẢNG NAM', 'SÓC TRĂNG', 'THÁI BÌNH', 'THỪA THIÊN HUẾ', 'TIỀN GIANG', 'TRÀ VINH', 'VĨNH PHÚC', 'YÊN BÁI',
  'BÀ RỊA - VŨNG TÀU', 'BÌNH CHÁNH', 'SÓC SƠN', 'CẦU GIẤY', 'BẮC TỪ LIÊM', 'ĐỨC THỌ', 'VĂN QUAN', 'PHÙ ĐỔNG',
];
