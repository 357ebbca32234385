"""`python -m simvoly`: the `simvoly` command (see `simvoly._cli`)."""

import sys

from simvoly._cli import main

sys.exit(main())
