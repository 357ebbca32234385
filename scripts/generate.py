"""`make generate`: openapi.yaml -> src/simvoly/_generated, with our templates and data.

Runs the pinned openapi-python-client as a library rather than through its command line,
for one reason: its templates never see the raw document, so the vendor extensions that
carry what the code needs to know about the API (`x-simvoly-*`, see `spec_data.py`) would
be lost. This script gives the templates the checked extensions as the global `sdk`, builds
the package as the generator's command line would, then renders the project's own
templates (the operations table, the resource accessors, the webhook topics...) with the
same Jinja environment and formats them with the pinned ruff.

Usage: python scripts/generate.py OPENAPI.yaml CONFIG.yaml TEMPLATES_DIR OUTPUT_DIR
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_data import SpecData, SpecError

#: Our own templates, rendered after the generator's: template -> file in the package.
EXTRA_TEMPLATES = {
    "operations.py.jinja": "operations.py",
    "resources.py.jinja": "resources.py",
    "webhook_topics.py.jinja": "webhook_topics.py",
    "sandbox_tables.py.jinja": "sandbox_tables.py",
}
#: Rendered once per tag, into api/<tag>/resource.py: the tag's resource classes.
RESOURCE_TEMPLATE = "resource.py.jinja"


def generate(spec_path: Path, config_path: Path, templates: Path, output: Path) -> None:
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    try:
        sdk = SpecData(document)
    except SpecError as error:
        sys.exit(f"{spec_path}: {error}")
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        sys.exit(f"{spec_path}: {data.header}\n{data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.env.globals["sdk"] = sdk
    project.env.filters["py"] = repr  # a Python literal of a value from the spec
    errors = project.build()
    _fail_on(errors)
    for template, name in EXTRA_TEMPLATES.items():
        text = project.env.get_template(template).render()
        (project.package_dir / name).write_text(text, encoding="utf-8")
    per_tag = project.env.get_template(RESOURCE_TEMPLATE)
    for tag, collection in data.endpoint_collections_by_tag.items():
        text = per_tag.render(endpoint_collection=collection)
        (project.package_dir / "api" / tag / "resource.py").write_text(text, encoding="utf-8")
    for command in config.post_hooks:  # the generator ran them before our files existed
        subprocess.run(command, cwd=project.package_dir, shell=True, check=True)  # noqa: S602 - the project's own config


def _fail_on(problems: Sequence[GeneratorError]) -> None:
    """Stop on any generator error or warning: a dropped operation must not go unnoticed."""
    for problem in problems:
        level = "error" if problem.level == ErrorLevel.ERROR else "warning"
        sys.stderr.write(f"{level}: {problem.header}\n{problem.detail or ''}\n")
    if problems:
        sys.exit("make generate: the generator reported the problems above")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    generate(*(Path(arg) for arg in sys.argv[1:]))
