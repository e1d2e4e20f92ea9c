"""Jupyter server settings for `make lab` (this folder is JUPYTER_CONFIG_DIR while it runs).

Nothing here touches the user's ~/.jupyter: `python -m helpers.lab` points JUPYTER_CONFIG_DIR
at this folder for the one server it starts.
"""

import warnings
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

# The bundled Persian font is served at <base_url>static/fonts/Vazirmatn-*.woff2, so
# custom/custom.css uses it without a copy of the font in this folder.
c.ServerApp.extra_static_paths = [str(_ROOT / "src" / "helpers" / "assets")]

# Saving a notebook from JupyterLab strips volatile metadata, as `make sync` does, so a save
# with no real change gives no diff. (The config is applied to the contents manager twice,
# once more when jupytext derives its own from it; the second application warns harmlessly.)
c.ContentsManager.pre_save_hook = "helpers.lab.strip_volatile_hook"
warnings.filterwarnings("ignore", message="Overriding existing pre_save_hook")
