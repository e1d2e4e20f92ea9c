"""JupyterLab settings for `make lab` (this folder is JUPYTER_CONFIG_DIR while it runs)."""

c = get_config()  # noqa: F821

# Load custom/custom.css (next to this file): Persian markdown right-to-left, code LTR,
# tables in RTL order, the bundled Vazirmatn font. JupyterLab's own mechanism, no extension.
c.LabApp.custom_css = True
