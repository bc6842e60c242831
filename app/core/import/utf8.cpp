#include "utf8.h"

#include <cstring>

namespace Hyoka::Utf8 {

bool decode(QByteArrayView bytes, QString &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    // UTF-16 never needs more code units than UTF-8 has bytes.
    out.resize(bytes.size());
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *d = begin;
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            // An ASCII run: eight bytes at a time while they last.
            while (end - p >= 8) {
                quint64 chunk;
                std::memcpy(&chunk, p, 8);
                if (chunk & 0x8080808080808080ULL)
                    break;
                for (int i = 0; i < 8; ++i)
                    d[i] = p[i];
                d += 8;
                p += 8;
            }
            while (p < end && *p < 0x80)
                *d++ = char16_t(*p++);
        } else if ((c & 0xF0) == 0xE0) {
            // Three bytes: kana, kanji, CJK punctuation, full-width forms. Japanese
            // text is runs of them: stay in this loop while the run lasts.
            unsigned lead = c;
            do {
                if (end - p < 3)
                    return false;
                // Continuation bytes 10xxxxxx become 0x00–0x3F; anything else is larger.
                const unsigned b1 = p[1] ^ 0x80u;
                const unsigned b2 = p[2] ^ 0x80u;
                if ((b1 | b2) > 0x3F)
                    return false;
                const unsigned u = ((lead & 0x0F) << 12) | (b1 << 6) | b2;
                if (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF)) // overlong, or a surrogate
                    return false;
                *d++ = char16_t(u);
                p += 3;
            } while (p < end && ((lead = *p) & 0xF0) == 0xE0);
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (end - p < 2 || (p[1] & 0xC0) != 0x80)
                return false;
            *d++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80
                || (p[3] & 0xC0) != 0x80)
                return false;
            const unsigned u = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6)
                    | (p[3] & 0x3F);
            if (u < 0x10000 || u > 0x10FFFF)
                return false;
            *d++ = char16_t(0xD800 + ((u - 0x10000) >> 10));
            *d++ = char16_t(0xDC00 + ((u - 0x10000) & 0x3FF));
            p += 4;
        } else {
            return false; // a continuation byte first, C0/C1, F5–FF
        }
    }
    out.truncate(d - begin);
    return true;
}

} // namespace Hyoka::Utf8
