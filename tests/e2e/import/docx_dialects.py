"""Raw WordprocessingML writers that mimic the XML WPS and LibreOffice put in
a .docx (their style ids, numbering, footnotes, tables, drawings). Used by
make_fixtures.py; python-docx writes the Word-made one.
"""
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def png(width, height, rgb=(40, 90, 160)):
    """A small solid PNG."""
    raw = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def emf():
    """The first bytes of an EMF (enough for format sniffing)."""
    header = struct.pack("<II", 1, 108) + b"\0" * 32 + b" EMF" + b"\0" * 64
    return header


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, bold=False, italic=False, underline=False, vert=None, size=None):
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/>"
    if underline:
        props += '<w:u w:val="single"/>'
    if size:
        props += f'<w:sz w:val="{size}"/>'
    if vert:
        props += f'<w:vertAlign w:val="{vert}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{t(text)}</w:r>"


def para(*runs, style=None, jc=None, num=None, outline=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def drawing(rid, name="图片 1", cx=2400000, cy=1200000):
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="{name}"/>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def cell(text, span=None, vmerge=None):
    pr = ""
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    pr = f"<w:tcPr>{pr}</w:tcPr>" if pr else ""
    return f"<w:tc>{pr}{para(text) if text else '<w:p/>'}</w:tc>"


def table(rows, columns):
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    body = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def footnote_ref(fid):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'


# Style sheets as the producers write them: the same heading names behind
# different ids.
STYLES = {
    # WPS Office (Chinese UI): ids are numbers, names the English built-ins.
    "wps": [("1", "Normal", None, None), ("2", "heading 1", "1", 0), ("3", "heading 2", "1", 1),
            ("4", "heading 3", "1", 2), ("a3", "List Paragraph", "1", None)],
    # LibreOffice: Word-like ids, names with capitals.
    "libreoffice": [("Normal", "Normal", None, None), ("Heading1", "Heading 1", "Normal", None),
                    ("Heading2", "Heading 2", "Normal", None), ("Title", "Title", "Normal", None)],
    # Word with a Chinese UI (older): ids are the localised names.
    "word-zh": [("a", "Normal", None, None), ("1", "标题 1", "a", 0), ("标题2", "标题 2", "a", 1),
                ("MyHeading", "我的标题", "1", None)],
}


def styles_xml(dialect, normal_default="Normal"):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
           '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>']
    for sid, name, based, outline in STYLES[dialect]:
        default = ' w:default="1"' if based is None else ""
        ppr = f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr>' if outline is not None else ""
        rpr = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' if "1" in name or "标题" in name else ""
        basedon = f'<w:basedOn w:val="{based}"/>' if based else ""
        out.append(f'<w:style w:type="paragraph"{default} w:styleId="{sid}"><w:name w:val="{name}"/>'
                   f'{basedon}{ppr}{rpr}</w:style>')
    out.append("</w:styles>")
    return "".join(out)


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
             '<w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/></w:lvl>'
             '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
             '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '</w:numbering>')


def footnotes_xml(notes):
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in notes.items():
        body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                 f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" " + text)}</w:p></w:footnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{body}</w:footnotes>'


def core_xml(title, modified):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>编辑部</dc:creator>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
            '</cp:coreProperties>')


def write_docx(path, body, dialect, media=None, footnotes=None, links=None, core=None):
    """body: the XML inside <w:body>; media: {rId: (name, bytes)}; links: {rId: url}."""
    media = media or {}
    links = links or {}
    rels = [f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>',
            f'<Relationship Id="rIdNumbering" Type="{REL}/numbering" Target="numbering.xml"/>']
    if footnotes:
        rels.append(f'<Relationship Id="rIdFootnotes" Type="{REL}/footnotes" Target="footnotes.xml"/>')
    for rid, (name, _) in media.items():
        rels.append(f'<Relationship Id="{rid}" Type="{REL}/image" Target="media/{name}"/>')
    for rid, url in links.items():
        rels.append(f'<Relationship Id="{rid}" Type="{REL}/hyperlink" Target="{escape(url)}" TargetMode="External"/>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="png" ContentType="image/png"/><Default Extension="emf" ContentType="image/x-emf"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '</Relationships>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # Fixed timestamps: the fixture bytes do not change between runs.
        def put(name, data):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        put("[Content_Types].xml", ct)
        put("_rels/.rels", root_rels)
        put("docProps/core.xml", core_xml(*(core or ("", "2025-01-06T08:00:00Z"))))
        put("word/document.xml", doc)
        put("word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
        put("word/styles.xml", styles_xml(dialect))
        put("word/numbering.xml", NUMBERING)
        if footnotes:
            put("word/footnotes.xml", footnotes_xml(footnotes))
        for _, (name, data) in media.items():
            put(f"word/media/{name}", data)
