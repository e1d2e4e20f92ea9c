"""IPython kernel settings for `make lab` (IPYTHONDIR points here for that server's kernels).

Edits to src/helpers/*.py take effect in a running notebook without restarting the kernel.
`%autoreload 2` prints nothing, so it never changes a notebook's outputs; papermill, nbval and
`make notebooks` do not use this profile.
"""

c = get_config()  # noqa: F821

c.InteractiveShellApp.extensions = ["autoreload"]
c.InteractiveShellApp.exec_lines = ["%autoreload 2"]
