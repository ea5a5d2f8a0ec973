"""Wheel build hook: ship the seed corpus and the embedded snapshot inside the package.

The repository keeps `claims.csv`, `questions.csv` and `data/` at the top level (where people
edit them); an installed `tracker` finds them in `tracker/bundled/` (see tracker/paths.py).
Everything else is configured in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLE = ["claims.csv", "questions.csv", "data/articles", "data/snapshot", "data/examples"]


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "tracker" / "bundled"
        for rel in BUNDLE:
            src, dst = ROOT / rel, target / rel
            if src.is_dir():
                shutil.copytree(src, dst, dirs_exist_ok=True)
            elif src.is_file():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
        (target / "pyproject.toml").unlink(missing_ok=True)


setup(cmdclass={"build_py": BuildWithData})
