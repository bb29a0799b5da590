"""pngstat.py: how much of a PNG is drawn on: the share of its pixels that are not the
background (its top-left pixel's colour), for the browser test to tell a chart from a blank
region.  Reads 8-bit RGB and RGBA PNGs, as headless Chromium writes them, with the standard
library only.  Usage: python3 pngstat.py FILE.png [WIDTH HEIGHT]; prints the share, 0 to 1,
of the whole image or of its top-left WIDTH by HEIGHT pixels."""
import struct
import sys
import zlib


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(raw, width, height, bpp):
    """The rows of pixels, each filter of PNG undone."""
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            line[x] = (line[x] + (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 0xFF
        rows.append(line)
        prev = line
    return rows


def read_png(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, width = 8, b'', 0
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and colour in (2, 6), 'only 8-bit RGB or RGBA'
            bpp = 3 if colour == 2 else 4
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    return unfilter(zlib.decompress(idat), width, height, bpp), width, height, bpp


def main():
    rows, width, height, bpp = read_png(sys.argv[1])
    if len(sys.argv) == 4:
        width = min(width, int(sys.argv[2]))
        height = min(height, int(sys.argv[3]))
        rows = rows[:height]
    bg = bytes(rows[0][:3])
    drawn = sum(1 for row in rows for x in range(0, width * bpp, bpp)
                if bytes(row[x:x + 3]) != bg)
    print('%.4f' % (drawn / float(width * height)))


main()
