"""Draw the application icon: 办 in white on the government blue of the interface.

    python tools/make_icon.py      (needs a CJK font: fonts-wqy-microhei)

Writes resources/icons/clerk-desk.png (256 px; the window icon and the Debian package's)
and installer/windows/clerk-desk.ico (16–256 px; the Windows program and its installer).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
BLUE = (31, 78, 121, 255)  # ACCENT of clerk_app/ui/common/theme.py
SIZE = 256


def draw() -> Image.Image:
    scale = 4  # drawn large, then scaled down: smooth edges
    big = SIZE * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=BLUE)
    font_path = next(p for p in FONTS if Path(p).exists())
    font = ImageFont.truetype(font_path, int(big * 0.6))
    pen.text(
        (big / 2, big * 0.44),
        "办",
        font=font,
        fill="white",
        anchor="mm",
        stroke_width=big // 70,  # the font has no bold: a stroke makes it read at 16 px
        stroke_fill="white",
    )
    stripe = big // 18
    top = big - 4 * stripe
    pen.rounded_rectangle(
        (big // 4, top, big - big // 4, top + stripe), radius=stripe // 2, fill="white"
    )
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    icon = draw()
    png = ROOT / "resources" / "icons" / "clerk-desk.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    icon.save(png)
    ico = ROOT / "installer" / "windows" / "clerk-desk.ico"
    icon.save(ico, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(png, ico)


if __name__ == "__main__":
    main()
