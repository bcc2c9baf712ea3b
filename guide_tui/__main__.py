from guide_tui.cli import main

raise SystemExit(main())
