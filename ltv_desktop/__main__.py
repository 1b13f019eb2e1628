"""``python -m ltv_desktop [FILE]`` opens the window."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the packaged app reads large files in a child process

    from ltv_desktop.ui.app import main

    raise SystemExit(main())
