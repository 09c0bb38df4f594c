import { FONT } from './page.js';

/**
 * The parts of a DOCX package around the document's body, as the docx library (9.15) wrote them for
 * cochuong's documents, byte for byte: cochuong writes them itself (see wordml.ts), so rendering
 * needs neither that library nor the time it took. Only the styles (the body's size) and the page
 * number's header depend on the layout; the rest never changes.
 */

const NAMESPACES: Record<string, string> = {
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  o: 'urn:schemas-microsoft-com:office:office',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  v: 'urn:schemas-microsoft-com:vml',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  w10: 'urn:schemas-microsoft-com:office:word',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpi: 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  wne: 'http://schemas.microsoft.com/office/word/2006/wordml',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  cx: 'http://schemas.microsoft.com/office/drawing/2014/chartex',
  cx1: 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex',
  cx2: 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex',
  cx3: 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex',
  cx4: 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex',
  cx5: 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex',
  cx6: 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex',
  cx7: 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex',
  cx8: 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  w16se: 'http://schemas.microsoft.com/office/word/2015/wordml/symex',
  w16cex: 'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  w16: 'http://schemas.microsoft.com/office/word/2018/wordml',
  w16sdtdh: 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  aink: 'http://schemas.microsoft.com/office/drawing/2016/ink',
  am3d: 'http://schemas.microsoft.com/office/drawing/2017/model3d',
};

/** xmlns declarations for these prefixes, in this order. */
function xmlns(prefixes: string): string {
  return prefixes.split(' ').map((prefix) => `xmlns:${prefix}="${NAMESPACES[prefix]}"`).join(' ');
}

const lines = (...parts: string[]) => parts.join('');

const HEADER_START = `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${xmlns('wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps cx cx1 cx2 cx3 cx4 cx5 cx6 cx7 cx8 w16cid w16se')}>`;

/** What each part is. */
export const CONTENT_TYPES = lines(
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
  `<Default ContentType="image/png" Extension="png"/><Default ContentType="image/jpeg" Extension="jpeg"/>`,
  `<Default ContentType="image/jpeg" Extension="jpg"/><Default ContentType="image/bmp" Extension="bmp"/>`,
  `<Default ContentType="image/gif" Extension="gif"/><Default ContentType="image/svg+xml" Extension="svg"/>`,
  `<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>`,
  `<Default ContentType="application/xml" Extension="xml"/>`,
  `<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml" PartName="/docProps/custom.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml" PartName="/docProps/app.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" PartName="/word/footnotes.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml" PartName="/word/endnotes.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header1.xml"/>`,
  `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header2.xml"/>`,
  `</Types>`,
);

/** The package's parts: the document, core, extended and custom properties. */
export const PACKAGE_RELS = lines(
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`,
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
  `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>`,
  `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>`,
  `</Relationships>`,
);

/** Extended properties (none). */
export const APP = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ${xmlns('vt')}/>`,
);

/** Custom properties (none). */
export const CUSTOM = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ${xmlns('vt')}/>`,
);

/** The document's parts; the section refers to the headers as rId6 (page number) and rId7 (first page). */
export const DOCUMENT_RELS = lines(
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
  `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`,
  `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>`,
  `<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>`,
  `<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`,
  `<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>`,
  `<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>`,
  `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>`,
  `</Relationships>`,
);

/** A part that refers to nothing. */
export const NO_RELS = lines(
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
);

/** The header of page 1: empty (page numbers start on page 2). */
export const FIRST_PAGE_HEADER = lines(
  HEADER_START,
  `<w:p/></w:hdr>`,
);

/** The separators Word expects, and no footnotes. */
export const FOOTNOTES = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${xmlns('wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps')} mc:Ignorable="w14 w15 wp14">`,
  `<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`,
  `</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:separator/></w:r>`,
  `</w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>`,
  `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>`,
  `</w:rPr><w:footnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>`,
);

/** The separators Word expects, and no endnotes. */
export const ENDNOTES = lines(
  `<?xml version="1.0" encoding="UTF-8"?><w:endnotes ${xmlns('wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps')} mc:Ignorable="w14 w15 wp14">`,
  `<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`,
  `</w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r><w:r><w:separator/></w:r>`,
  `</w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>`,
  `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/>`,
  `</w:rPr><w:endnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>`,
);

/** Word 2013+ compatibility mode, tab stops every 1.27 cm. */
export const SETTINGS = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ${xmlns('wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps')} mc:Ignorable="w14 w15 wp14">`,
  `<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/><w:compat>`,
  `<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>`,
  `</w:compat></w:settings>`,
);

/** No embedded fonts. */
export const FONT_TABLE = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${xmlns('mc r w w14 w15 w16cex w16cid w16 w16sdtdh w16se')} mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"/>`,
);

/** Office's default theme. */
export const THEME = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme ${xmlns('a')} name="Office Theme">`,
  `<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1>`,
  `<a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2>`,
  `<a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2>`,
  `<a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4>`,
  `<a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6>`,
  `<a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink>`,
  `<a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont>`,
  `<a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/>`,
  `<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hang" typeface="맑은 고딕"/>`,
  `<a:font script="Hans" typeface="等线 Light"/><a:font script="Hant" typeface="新細明體"/>`,
  `<a:font script="Arab" typeface="Times New Roman"/><a:font script="Hebr" typeface="Times New Roman"/>`,
  `<a:font script="Thai" typeface="Angsana New"/><a:font script="Ethi" typeface="Nyala"/>`,
  `<a:font script="Beng" typeface="Vrinda"/><a:font script="Gujr" typeface="Shruti"/>`,
  `<a:font script="Khmr" typeface="MoolBoran"/><a:font script="Knda" typeface="Tunga"/>`,
  `<a:font script="Guru" typeface="Raavi"/><a:font script="Cans" typeface="Euphemia"/>`,
  `<a:font script="Cher" typeface="Plantagenet Cherokee"/><a:font script="Yiii" typeface="Microsoft Yi Baiti"/>`,
  `<a:font script="Tibt" typeface="Microsoft Himalaya"/><a:font script="Thaa" typeface="MV Boli"/>`,
  `<a:font script="Deva" typeface="Mangal"/><a:font script="Telu" typeface="Gautami"/>`,
  `<a:font script="Taml" typeface="Latha"/><a:font script="Syrc" typeface="Estrangelo Edessa"/>`,
  `<a:font script="Orya" typeface="Kalinga"/><a:font script="Mlym" typeface="Kartika"/>`,
  `<a:font script="Laoo" typeface="DokChampa"/><a:font script="Sinh" typeface="Iskoola Pota"/>`,
  `<a:font script="Mong" typeface="Mongolian Baiti"/><a:font script="Viet" typeface="Times New Roman"/>`,
  `<a:font script="Uigh" typeface="Microsoft Uighur"/><a:font script="Geor" typeface="Sylfaen"/>`,
  `<a:font script="Armn" typeface="Arial"/><a:font script="Bugi" typeface="Leelawadee UI"/>`,
  `<a:font script="Bopo" typeface="Microsoft JhengHei"/><a:font script="Java" typeface="Javanese Text"/>`,
  `<a:font script="Lisu" typeface="Segoe UI"/><a:font script="Mymr" typeface="Myanmar Text"/>`,
  `<a:font script="Nkoo" typeface="Ebrima"/><a:font script="Olck" typeface="Nirmala UI"/>`,
  `<a:font script="Osma" typeface="Ebrima"/><a:font script="Phag" typeface="Phagspa"/>`,
  `<a:font script="Syrn" typeface="Estrangelo Edessa"/><a:font script="Syrj" typeface="Estrangelo Edessa"/>`,
  `<a:font script="Syre" typeface="Estrangelo Edessa"/><a:font script="Sora" typeface="Nirmala UI"/>`,
  `<a:font script="Tale" typeface="Microsoft Tai Le"/><a:font script="Talu" typeface="Microsoft New Tai Lue"/>`,
  `<a:font script="Tfng" typeface="Ebrima"/></a:majorFont><a:minorFont>`,
  `<a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/>`,
  `<a:font script="Jpan" typeface="游明朝"/><a:font script="Hang" typeface="맑은 고딕"/>`,
  `<a:font script="Hans" typeface="等线"/><a:font script="Hant" typeface="新細明體"/>`,
  `<a:font script="Arab" typeface="Arial"/><a:font script="Hebr" typeface="Arial"/>`,
  `<a:font script="Thai" typeface="Cordia New"/><a:font script="Ethi" typeface="Nyala"/>`,
  `<a:font script="Beng" typeface="Vrinda"/><a:font script="Gujr" typeface="Shruti"/>`,
  `<a:font script="Khmr" typeface="DaunPenh"/><a:font script="Knda" typeface="Tunga"/>`,
  `<a:font script="Guru" typeface="Raavi"/><a:font script="Cans" typeface="Euphemia"/>`,
  `<a:font script="Cher" typeface="Plantagenet Cherokee"/><a:font script="Yiii" typeface="Microsoft Yi Baiti"/>`,
  `<a:font script="Tibt" typeface="Microsoft Himalaya"/><a:font script="Thaa" typeface="MV Boli"/>`,
  `<a:font script="Deva" typeface="Mangal"/><a:font script="Telu" typeface="Gautami"/>`,
  `<a:font script="Taml" typeface="Latha"/><a:font script="Syrc" typeface="Estrangelo Edessa"/>`,
  `<a:font script="Orya" typeface="Kalinga"/><a:font script="Mlym" typeface="Kartika"/>`,
  `<a:font script="Laoo" typeface="DokChampa"/><a:font script="Sinh" typeface="Iskoola Pota"/>`,
  `<a:font script="Mong" typeface="Mongolian Baiti"/><a:font script="Viet" typeface="Arial"/>`,
  `<a:font script="Uigh" typeface="Microsoft Uighur"/><a:font script="Geor" typeface="Sylfaen"/>`,
  `<a:font script="Armn" typeface="Arial"/><a:font script="Bugi" typeface="Leelawadee UI"/>`,
  `<a:font script="Bopo" typeface="Microsoft JhengHei"/><a:font script="Java" typeface="Javanese Text"/>`,
  `<a:font script="Lisu" typeface="Segoe UI"/><a:font script="Mymr" typeface="Myanmar Text"/>`,
  `<a:font script="Nkoo" typeface="Ebrima"/><a:font script="Olck" typeface="Nirmala UI"/>`,
  `<a:font script="Osma" typeface="Ebrima"/><a:font script="Phag" typeface="Phagspa"/>`,
  `<a:font script="Syrn" typeface="Estrangelo Edessa"/><a:font script="Syrj" typeface="Estrangelo Edessa"/>`,
  `<a:font script="Syre" typeface="Estrangelo Edessa"/><a:font script="Sora" typeface="Nirmala UI"/>`,
  `<a:font script="Tale" typeface="Microsoft Tai Le"/><a:font script="Talu" typeface="Microsoft New Tai Lue"/>`,
  `<a:font script="Tfng" typeface="Ebrima"/></a:minorFont></a:fontScheme><a:fmtScheme name="Office">`,
  `<a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="true"><a:gsLst>`,
  `<a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>`,
  `</a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/>`,
  `<a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/>`,
  `<a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst>`,
  `<a:lin ang="5400000" scaled="false"/></a:gradFill><a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0">`,
  `<a:schemeClr val="phClr"><a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr>`,
  `</a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:satMod val="110000"/><a:lumMod val="100000"/>`,
  `<a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/>`,
  `<a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst>`,
  `<a:lin ang="5400000" scaled="false"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>`,
  `<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`,
  `<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">`,
  `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`,
  `<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`,
  `<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle>`,
  `<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst>`,
  `<a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="false"><a:srgbClr val="000000">`,
  `<a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>`,
  `<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr">`,
  `<a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="true">`,
  `<a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/>`,
  `<a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr">`,
  `<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs>`,
  `<a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs>`,
  `</a:gsLst><a:lin ang="5400000" scaled="false"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>`,
  `<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`,
);

/** The default bullet list (unused: numbers are literal text). */
export const NUMBERING = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering mc:Ignorable="w14 w15 wp14" ${xmlns('wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps')}>`,
  `<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">`,
  `<w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="○"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="2" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="■"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="2160" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="3" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="2880" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="4" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="○"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="3600" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="5" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="■"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="4320" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="6" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="5040" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="7" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="5760" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="8" w:tentative="1"><w:start w:val="1"/>`,
  `<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>`,
  `<w:ind w:left="6480" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1">`,
  `<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  `</w:numbering>`,
);

/**
 * Styles: the defaults (Times New Roman, black, the body's size, Vietnamese, line spacing 1.15) and
 * Word's built-in styles; each level of a table of contents is indented by the body's size.
 */
export function styles(bodySizePt: number): string {
  const size = Math.round(bodySizePt * 2);
  const level = Math.round(bodySizePt * 20);
  return lines(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles mc:Ignorable="w14 w15" ${xmlns('mc r w w14 w15')}>`,
    `<w:docDefaults><w:rPrDefault><w:rPr>`,
    `<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>`,
    `<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>`,
    `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    `<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
    `<w:style w:type="table" w:styleId="TableNormal" w:default="true"><w:name w:val="Normal Table"/>`,
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:type="dxa" w:w="0"/>`,
    `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/>`,
    `<w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="2E74B5"/><w:sz w:val="32"/><w:szCs w:val="32"/>`,
    `</w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/>`,
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="2E74B5"/>`,
    `<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3">`,
    `<w:name w:val="Heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr>`,
    `<w:color w:val="1F4D78"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="Heading 4"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="2E74B5"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="Heading 5"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="2E74B5"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Heading6"><w:name w:val="Heading 6"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1F4D78"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>`,
    `<w:basedOn w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Caption">`,
    `<w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/>`,
    `<w:semiHidden/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:i/><w:iCs/>`,
    `<w:color w:val="44546A" w:themeColor="dark2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:uiPriority w:val="37"/><w:unhideWhenUsed/></w:style>`,
    `<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="100"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/>`,
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/>`,
    `<w:pPr><w:spacing w:after="100"/><w:ind w:left="${1 * level}"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="100"/><w:ind w:left="${2 * level}"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC4">`,
    `<w:name w:val="toc 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>`,
    `<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="${3 * level}"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="TOC5"><w:name w:val="toc 5"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="100"/><w:ind w:left="${4 * level}"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC6">`,
    `<w:name w:val="toc 6"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>`,
    `<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="${5 * level}"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="TOC7"><w:name w:val="toc 7"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="100"/><w:ind w:left="${6 * level}"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="TOC8">`,
    `<w:name w:val="toc 8"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>`,
    `<w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="${7 * level}"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="TOC9"><w:name w:val="toc 9"/><w:basedOn w:val="Normal"/>`,
    `<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="100"/><w:ind w:left="${8 * level}"/></w:pPr></w:style>`,
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>`,
    `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr>`,
    `<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>`,
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>`,
    `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>`,
    `<w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText">`,
    `<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/>`,
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>`,
    `</w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/>`,
    `<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/>`,
    `<w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>`,
    `<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>`,
    `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>`,
    `<w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="EndnoteText">`,
    `<w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:link w:val="EndnoteTextChar"/>`,
    `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>`,
    `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>`,
    `</w:rPr></w:style><w:style w:type="character" w:styleId="EndnoteTextChar"><w:name w:val="Endnote Text Char"/>`,
    `<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="EndnoteText"/><w:uiPriority w:val="99"/><w:semiHidden/>`,
    `<w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>`,
    `<w:style w:type="character" w:styleId="LineNumber"><w:name w:val="line number"/>`,
    `<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
    `</w:styles>`,
  );
}

/** The header of pages 2 onwards: the page number (a PAGE field), centred, Times New Roman of `size` half-points. */
export function pageNumberHeader(size: number): string {
  const run = (content: string) => `<w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`
    + `<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>${content}</w:r>`;
  return lines(
    HEADER_START,
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>',
    run('<w:fldChar w:fldCharType="begin"/>'),
    run('<w:instrText xml:space="preserve">PAGE</w:instrText>'),
    run('<w:fldChar w:fldCharType="separate"/>'),
    run('<w:fldChar w:fldCharType="end"/>'),
    '</w:p></w:hdr>',
  );
}

/** The document part up to its body. */
export const DOCUMENT_START = lines(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document mc:Ignorable="w14 w15 wp14" ${xmlns('wpc mc o r m v wp14 wp w10 w w14 w15 wpg wpi wne wps cx cx1 cx2 cx3 cx4 cx5 cx6 cx7 cx8 aink am3d w16cex w16cid w16 w16sdtdh w16se')}>`,
);
