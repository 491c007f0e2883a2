"""The report's two charts as PNG images, for Word (which needs a bitmap beside any SVG).

Drawn with Pillow from the same view-model values as the SVG charts: realisation per
pillar as horizontal bars on a 0-100% scale, and the status of every programme as one
stacked bar with a legend. Twice the print size, so they stay sharp at 300 dpi halves.
"""

from __future__ import annotations

import io
from typing import Any

from smartcity_cli.render.charts import StatusSlice
from smartcity_cli.render.context import GroupRow

SCALE = 2  # pixels per point of the printed chart
INK, BAR, LINE, WHITE = (29, 38, 48), (47, 111, 159), (213, 219, 225), (255, 255, 255)
STATUS_FILL = {"planned": WHITE, "running": BAR, "completed": INK, "delayed": (150, 150, 150),
               "cancelled": (185, 194, 202)}  # fmt: skip


def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.load_default(size=size * SCALE)


def _png(image: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(144, 144))
    return out.getvalue()


def pillar_chart(rows: tuple[GroupRow, ...]) -> bytes:
    """Realisation per pillar: label, a bar whose full length is 100%, the value."""
    from PIL import Image, ImageDraw

    s = SCALE
    label_w, bar_w, value_w, row_h = 170 * s, 260 * s, 70 * s, 26 * s
    image = Image.new("RGB", (label_w + bar_w + value_w, row_h * len(rows) + 8 * s), WHITE)
    draw, font = ImageDraw.Draw(image), _font(12)
    for i, row in enumerate(rows):
        top = 4 * s + i * row_h
        middle = top + row_h // 2
        draw.text((0, middle), row.name, fill=INK, font=font, anchor="lm")
        box = (label_w, top + 4 * s, label_w + bar_w, top + row_h - 4 * s)
        draw.rectangle(box, fill=WHITE, outline=INK, width=s)
        if row.share > 0:
            filled = label_w + round(bar_w * row.share)
            draw.rectangle((label_w, box[1], filled, box[3]), fill=BAR)
        draw.text((label_w + bar_w + 8 * s, middle), row.realization, fill=INK, font=font,
                  anchor="lm")  # fmt: skip
    return _png(image)


def status_chart(slices: tuple[StatusSlice, ...]) -> bytes:
    """Programmes by status: one stacked bar, then a legend with the counts."""
    from PIL import Image, ImageDraw

    s = SCALE
    width, bar_h, legend_h = 500 * s, 28 * s, 22 * s
    shown = [x for x in slices if x.share > 0] or list(slices)
    image = Image.new("RGB", (width, bar_h + 8 * s + legend_h * ((len(shown) + 2) // 3)), WHITE)
    draw, font = ImageDraw.Draw(image), _font(12)
    x = 0.0
    for part in slices:
        w = part.share * (width - 2 * s)
        if w > 0:
            draw.rectangle((round(x), 0, round(x + w), bar_h), fill=STATUS_FILL[part.key],
                           outline=INK, width=s)  # fmt: skip
        x += w
    for i, part in enumerate(shown):
        left, top = (i % 3) * (width // 3), bar_h + 8 * s + (i // 3) * legend_h
        draw.rectangle((left, top + 4 * s, left + 12 * s, top + 16 * s),
                       fill=STATUS_FILL[part.key], outline=INK, width=s)  # fmt: skip
        draw.text((left + 18 * s, top + 10 * s), f"{part.label}: {part.count}", fill=INK,
                  font=font, anchor="lm")  # fmt: skip
    return _png(image)
