"""`make api-diff BASE=<git ref>`: what a change to openapi.yaml and the package does to users.

Compares openapi.yaml and the public Python surface of `simvoly` at BASE (read with `git
show` and `git archive`, no worktree) with the working tree, and prints a Markdown report
for the pull request and CHANGELOG.md: each spec change, classified and mapped to the
`simvoly.*` names it changes as a user writes them (`client.contacts.get_by_email`,
`simvoly.models.Order.currency`), then whatever griffe's breaking-change check
(`griffe.find_breaking_changes`) and a comparison of the public names find in the Python
surface that no spec change already names (a hand-written change, a template change).
The last line is `bump: major`, `bump: minor` or `bump: patch`; the exit status is 1 when
the change is breaking, else 0.

The spec side is a small classifier over the two parsed specs ($refs followed; PyYAML
expands the YAML anchors). Off-the-shelf OpenAPI diff tools either do not install or run
here (@pb33f/openapi-changes downloads its binary at install, @useoptic/optic crashes on
our Node, oasdiff is a Go program) or classify by generic HTTP rules: they call an added
response enum value breaking, which our tolerant enums make additive, and they cannot
name the Python method or attribute a change is. The Python side reads the generated code,
not naming conventions: the client's resources are the attributes of the generated
`AsyncResources`, an operation's method is the one the generated operations table names
(`_surface.operations_table`, from the spec's `x-simvoly-*` data) and its arguments are
what the method passes to the operation module's `build_request`
(`_surface.operation_methods`), and a JSON name's Python name is the generator's own rule
(openapi-python-client's ClassName/PythonIdentifier).

Sides: "input" is what a user sends (parameters, request bodies); "output" is what a user
reads (answers, webhook payloads). A component schema is on every side it is reachable
from; a schema used on both gets the worse level; an unused one counts as both (users may
build or read it).

Breaking (bump: major) -- existing code may stop working or type-checking:
- an operation, parameter, request body, field, schema (model) or webhook topic removed:
  the method, argument, attribute or class a user wrote is gone;
- an operationId renamed (same method and path): the method name follows it, and logs
  name operations by it; the old name is reported removed, the new one added;
- an operation moved to another tag: it is on another resource (`client.<tag>`);
- an enum value removed, on either side: code naming the member (`OrderStatus.ARCHIVED`)
  breaks, and an input that sent it is refused;
- a new required input: a required parameter, a required request body, a required field in
  a request body, an optional input that became required;
- output fields a reader relied on weakened: a response field that became optional (its
  type gains `Unset`) or nullable (gains `None`), so `order.total + 1` no longer type-checks
  and may fail at run time; an output type widened (integer -> number: an int became a
  float);
- an input type narrowed (number -> integer, nullable -> not): values a caller passes today
  are refused; an input constraint tightened (a smaller maximum, a new pattern), which the
  SDK checks before sending;
- a type changed incompatibly (string -> integer, one model for another), or a `format`
  changed (the generator maps formats to Python types);
- a result removed (the method now returns None);
- anything griffe reports in the Python surface (a removed name, a removed or reordered
  parameter, a parameter that became required or keyword-only), whatever the spec says.

Additive (bump: minor) -- new things; existing code keeps working:
- an operation, optional parameter, optional request body or field, schema or webhook
  topic added; a field in an answer added even when required (readers gain a guarantee);
- an enum value added, on either side: on input it is one more accepted value; on output
  the generated enums are tolerant (an unknown value parses, it does not fail the answer);
- an input loosened (became optional or nullable, type widened, constraint relaxed, a
  default changed); an output tightened (became required or not nullable, type narrowed);
- a result added to a method that returned None; `deprecated` set or cleared;
- a new public Python name;
- a vendor extension (`x-...`) changed: the SDK may act differently, so it is listed for
  review (a Python API it changes, such as a method name, is caught by griffe);
- when nothing above matched, any non-documentation difference (listed as "review by
  hand" rather than passed as a patch).

Patch (bump: patch) -- no change to what a user calls or reads: descriptions, summaries,
examples and titles; an operation moved to another path or method, or a parameter to
another location (the SDK follows, the Python call is the same); constraints and defaults
on output only.
"""

from __future__ import annotations

from ._compare import compare
from ._report import Result, Tree, diff
from ._spec import Change, Level, Spec, Subject
from ._surface import Surface, operation_methods, operations_table

__all__ = [
    "Change",
    "Level",
    "Result",
    "Spec",
    "Subject",
    "Surface",
    "Tree",
    "compare",
    "diff",
    "operation_methods",
    "operations_table",
]
