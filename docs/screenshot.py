"""Save the README's screenshots: the app itself renders them as SVG, at 80x24.

python docs/screenshot.py
"""

import asyncio
from pathlib import Path

from guide_tui.content import load_guide
from guide_tui.ui.app import GuideApp

HERE = Path(__file__).parent
SHOTS = {"screenshot-menu.svg": ("en", None), "screenshot-page.svg": ("nl", "sextortion")}


async def save(name: str, language: str, open_id) -> None:
    app = GuideApp(load_guide(), language=language, open_id=open_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.save_screenshot(filename=name, path=str(HERE))


if __name__ == "__main__":
    for name, (language, open_id) in SHOTS.items():
        asyncio.run(save(name, language, open_id))
        print(HERE / name)
