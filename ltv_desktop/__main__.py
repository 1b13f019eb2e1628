"""``python -m ltv_desktop [FILE]`` opens the window."""

from ltv_desktop.ui.app import main

raise SystemExit(main())
