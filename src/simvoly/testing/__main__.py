"""`python -m simvoly.testing serve|demo`: the sandbox from a shell (see `_cli`)."""

from ._cli import main

raise SystemExit(main())
