#pragma once

#include <xlsxwriter.h>

namespace Hyoka::XlsxFormat {

enum Style { Plain = 0, Bold = 1, Wrapped = 2 };

// A cell format of `book` as the XLSX exports (records, review list) set their cells:
// aligned to the top, bold and wrapped as `style` says, with the number format
// `numFormat` when given.
inline lxw_format *topAligned(lxw_workbook *book, int style, const char *numFormat = nullptr)
{
    lxw_format *format = workbook_add_format(book);
    if (style & Bold)
        format_set_bold(format);
    if (style & Wrapped)
        format_set_text_wrap(format);
    if (numFormat)
        format_set_num_format(format, numFormat);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
}

} // namespace Hyoka::XlsxFormat
