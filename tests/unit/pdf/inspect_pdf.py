#!/usr/bin/python3
"""Prints facts about a PDF, one "key: value" per line, for pdf_test.

Reads with pikepdf (an independent parser), so the tests check what a
reader sees, not what the writer meant to write.
"""
import sys

import pikepdf


def text(v):
    return str(v)


def colorspace(cs):
    if isinstance(cs, pikepdf.Array):
        return "[%s, %s]" % (str(cs[0]), "<Stream>" if isinstance(cs[1], pikepdf.Stream) else str(cs[1]))
    return str(cs)


def properties(operands):
    """'/Artifact Pagination/Header' for a BDC's tag and property list."""
    tag = str(operands[0])
    if len(operands) < 2 or not isinstance(operands[1], pikepdf.Dictionary):
        return tag
    d = operands[1]
    return "%s %s/%s" % (tag, str(d.get("/Type", ""))[1:], str(d.get("/Subtype", ""))[1:])


def text_objects(page):
    """Each text object (BT … ET) of a page as 'x y|marked content around it',
    the marked-content sequences (BDC/BMC … EMC) that enclose it, outermost
    first, joined by ' > '; 'none' when it is in none. Also checks that
    every sequence is closed on the page."""
    out = []
    stack = []
    x = y = None
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "BDC":
            stack.append(properties(operands))
        elif op == "BMC":
            stack.append(str(operands[0]))
        elif op == "EMC":
            if not stack:
                out.append("EMC without BDC")
            else:
                stack.pop()
        elif op == "BT":
            outer = list(stack)
        elif op == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == "ET":
            # Marked content opened inside the text object (/Span
            # /ActualText) is closed inside it too.
            out.append("%g %g|%s" % (x, y, " > ".join(outer) if outer else "none"))
    if stack:
        out.append("unclosed: " + " > ".join(stack))
    return out


def main(path):
    pdf = pikepdf.open(path)
    with open(path, "rb") as f:
        print("header: " + f.read(8).decode("latin-1"))
    print("encrypted: %s" % pdf.is_encrypted)
    print("pages: %d" % len(pdf.pages))
    trailer_id = pdf.trailer.get("/ID")
    if trailer_id is not None:
        print("id: " + bytes(trailer_id[0]).hex())

    root = pdf.Root
    intents = root.get("/OutputIntents", [])
    print("output_intents: %d" % len(intents))
    for oi in intents:
        print("oi.S: " + text(oi.S))
        print("oi.OutputConditionIdentifier: " + text(oi.OutputConditionIdentifier))
        print("oi.RegistryName: " + text(oi.get("/RegistryName", "")))
        prof = oi.DestOutputProfile
        print("oi.N: %d" % int(prof.N))
        data = prof.read_bytes()
        print("oi.profile_bytes: %d" % len(data))
        print("oi.profile_class: " + data[12:16].decode("latin-1"))

    vp = root.get("/ViewerPreferences")
    if vp is not None:
        print("viewer.DisplayDocTitle: %s" % bool(vp.get("/DisplayDocTitle", False)))

    md = root.get("/Metadata")
    if md is not None:
        print("metadata.Subtype: " + text(md.Subtype))
        print("metadata.Filter: " + text(md.get("/Filter", "none")))
    for k, v in pdf.docinfo.items():
        print("info.%s: %s" % (str(k)[1:], text(v)))
        if k == "/Title":
            print("info.Title.utf16: %s" % v.unparse().startswith(b"<feff"))
    # Read-only: by default pikepdf would stamp itself into Info as editor.
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        for key in ("pdfxid:GTS_PDFXVersion", "dc:title", "xmp:CreatorTool", "xmp:CreateDate",
                    "xmp:ModifyDate", "xmp:MetadataDate", "pdf:Producer", "pdf:Trapped",
                    "xmpMM:DocumentID", "xmpMM:InstanceID"):
            print("xmp.%s: %s" % (key, meta.get(key, "<missing>")))


    def walk(item, level):
        while item is not None:
            dest = item.Dest
            page_index = -1
            for i, p in enumerate(pdf.pages):
                if p.obj.objgen == dest[0].objgen:
                    page_index = i
            print("outline: %d|%s|%d|%s|%s" % (level, text(item.Title), page_index, text(dest[1]),
                                                text(dest[3])))
            if "/First" in item:
                walk(item.First, level + 1)
            item = item.get("/Next")

    outlines = root.get("/Outlines")
    if outlines is not None and "/First" in outlines:
        print("outline.count: %d" % int(outlines.Count))
        walk(outlines.First, 1)

    for i, p in enumerate(pdf.pages):
        print("label: %d|%s" % (i, p.label))

    for i, p in enumerate(pdf.pages):
        for box in ("/MediaBox", "/BleedBox", "/TrimBox"):
            vals = [("%.4f" % float(x)).rstrip("0").rstrip(".") for x in p.obj[box]]
            print("box.%d.%s: %s" % (i, box[1:], " ".join(vals)))

    images = set()
    placements = 0
    for i, p in enumerate(pdf.pages):
        res = p.obj.get("/Resources", {})
        for name, x in res.get("/XObject", {}).items():
            if x.get("/Subtype") == "/Image":
                images.add(x.objgen)
                print("image: %d|%s|%s|%s|%s" % (i, name, colorspace(x.get("/ColorSpace", "")),
                                                 text(x.get("/Filter", "")), "/SMask" in x))
        content = b"".join(c.read_bytes() for c in ([p.Contents] if isinstance(p.Contents, pikepdf.Stream) else p.Contents))
        placements += content.count(b" Do")
        for name, gs in res.get("/ExtGState", {}).items():
            print("extgstate: %d|%s|%s|%s|%s" % (i, name, bool(gs.get("/OP")), bool(gs.get("/op")),
                                                  int(gs.get("/OPM", 0))))
            if (name + " gs").encode() in content:
                print("uses_gs: %d|%s" % (i, name))
        for name, cs in res.get("/ColorSpace", {}).items():
            print("colorspace: %d|%s|%s|%s" % (i, name, text(cs[0]), text(cs[1])))
        for name, f in res.get("/Font", {}).items():
            d = f.DescendantFonts[0]
            print("font: %d|%s|%s|%s|%s" % (i, name, text(f.BaseFont), text(d.Subtype),
                                          "/FontFile3" in d.FontDescriptor and text(d.FontDescriptor.FontFile3.Subtype) or "FontFile2"))
        print("content.rg: %d|%s" % (i, (b" rg\n" in content) or (b" RG\n" in content)))
    for i, p in enumerate(pdf.pages):
        for a in p.obj.get("/Annots", []):
            action = a.get("/A", {})
            rect = " ".join(("%.4f" % float(v)).rstrip("0").rstrip(".") for v in a.Rect)
            print("annot: %d|%s|%s|%s|%s|%s|%d" % (i, text(a.Subtype), text(action.get("/S", "")),
                                                 text(action.get("/URI", "")), rect,
                                                 " ".join(str(int(v)) for v in a.get("/Border", [])),
                                                 int(a.get("/F", 0))))
    for i, p in enumerate(pdf.pages):
        for line in text_objects(p):
            print("text_object: %d|%s" % (i, line))
    print("images.distinct: %d" % len(images))
    print("images.placements: %d" % placements)
    n_image_objects = sum(1 for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image")
    print("images.objects: %d" % n_image_objects)


if __name__ == "__main__":
    main(sys.argv[1])
