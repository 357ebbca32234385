"""The Python side: the public surface of one `simvoly` tree, read statically with griffe.

Users reach the generated code through two doors, and names are rendered as they write
them: `client.<attr>.<method>` for a resource method (the class that
`simvoly._generated.api.<attr>` exports, as `AsyncSimvoly` builds it), and
`simvoly.models.<Class>` for a model. Everything else public is read from `simvoly` and
its public submodules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import griffe
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import ClassName, PythonIdentifier

from ._spec import Spec, Subject

_MEMBER_KINDS = (griffe.Kind.CLASS, griffe.Kind.FUNCTION, griffe.Kind.ATTRIBUTE)


@dataclass(frozen=True)
class Method:
    """A resource method: `client.<attr>.<name>`, and which of its arguments feeds each
    name the generated code passes on (to `build_request`, a body model, the paginator)."""

    attr: str
    name: str
    function: griffe.Function
    arguments: dict[str, str]

    @property
    def path(self) -> str:
        return f"client.{self.attr}.{self.name}"


@dataclass(frozen=True)
class Breakage:
    """A breaking change griffe found, at the name a user writes."""

    path: str
    text: str


class Surface:
    """One tree: `src` holds the `simvoly` package; generator-config.yaml beside it."""

    def __init__(self, src: Path, generator_config: Path | None = None) -> None:
        loader = griffe.GriffeLoader(search_paths=[str(src)], allow_inspection=False)
        self.root: griffe.Module = loader.load("simvoly")  # type: ignore[assignment]  # a package name loads a module
        loader.resolve_aliases(implicit=False, external=False)
        config = ConfigFile.load_from_path(generator_config) if generator_config else None
        # The generator's own naming rules, as it applied them to this tree's spec.
        self._prefix = config.field_prefix if config else ConfigFile().field_prefix

    # --- the generated doors ---------------------------------------------------------

    @cached_property
    def _table(self) -> dict[tuple[str, str], str]:
        """(client attribute, method name) -> operationId: the generated operations table,
        or, in a tree from before it existed (0.1.0), the operation module each resource
        method builds its request with (its `OPERATION_ID` literal)."""
        generated = self.root["_generated"]
        if "operations" in generated.members:
            return operations_table(generated["operations"])
        return _table_from_modules(self.resources)

    @cached_property
    def resources(self) -> dict[str, griffe.Class]:
        """`client.<attr>` -> its (async) class: the attributes of the generated
        `AsyncResources`, the base of the client, and the classes they answer; in a tree
        from before it (0.1.0), the first export of each `_generated.api.<attr>`, as that
        client's `_LazyResource` found it."""
        generated = self.root["_generated"]
        if "resources" not in generated.members:
            api = generated["api"]
            return {
                attr: _class(module[str(module.exports[0])])
                for attr, module in api.modules.items()
                if module.exports
            }
        accessors = _class(generated["resources"]["AsyncResources"])
        found = {}
        for attr, member in accessors.members.items():
            if not isinstance(member, griffe.Attribute) or "property" not in member.labels:
                continue
            target = getattr(member.annotation, "canonical_path", None)
            if target:
                found[attr] = _class(self.root[str(target).removeprefix("simvoly.")])
        return found

    @cached_property
    def models(self) -> dict[str, griffe.Class]:
        """`simvoly.models.<Class>` -> the class."""
        package = self.root["_generated.models"]
        return {str(name): _class(package[str(name)]) for name in package.exports or ()}

    @cached_property
    def operations(self) -> dict[str, Method]:
        """operationId -> the resource method that sends it."""
        return operation_methods(self.resources, self._table)

    def model_name(self, schema: str) -> str:
        return str(ClassName(schema, self._prefix))

    def python_name(self, json_name: str) -> str:
        return str(PythonIdentifier(json_name, self._prefix))

    # --- names of a spec change --------------------------------------------------------

    def names(self, subject: Subject, spec: Spec) -> list[str]:
        """The `simvoly.*` names a spec change's subject is, in this tree (none where the
        tree does not have it)."""
        kind, key = subject.kind, subject.key
        if kind in ("operation", "result") or (kind == "body" and not subject.path):
            method = self.operations.get(key)
            return [method.path] if method else []
        if kind in ("parameter", "body"):
            method = self.operations.get(key)
            name = subject.name if kind == "parameter" else subject.path[0]
            return [self._argument(method, name)] if method else []
        if kind == "schema":
            model = self.model_name(key)
            return [f"simvoly.models.{model}"] if model in self.models else []
        if kind == "field":
            return self._field_names(key, subject.path, spec)
        if kind == "enum":
            return self._enum_names(key, subject.name, subject.path, spec)
        if kind == "webhook":
            return [f"simvoly.webhooks.TOPICS ({key!r})"]
        return []

    def _argument(self, method: Method, json_name: str) -> str:
        python = self.python_name(json_name)
        argument = method.arguments.get(python, python)
        return f"{method.path}({argument}=...)"

    def _field_names(self, schema: str, path: tuple[str, ...], spec: Spec) -> list[str]:
        model = self.model_name(schema)
        if model not in self.models:
            return []
        head = self.python_name(path[0])
        if head not in self.models[model].members:
            return []
        names = [".".join([f"simvoly.models.{model}.{head}", *path[1:]])]
        if len(path) == 1:
            # A request body's fields are also the method's keyword arguments.
            for op_id, (_, _, op) in sorted(spec.operations.items()):
                body = (op.get("requestBody") or {}).get("content", {})
                refs = {spec.deref(media.get("schema"))[1] for media in body.values()}
                if schema in refs and op_id in self.operations:
                    names.append(self._argument(self.operations[op_id], path[0]))
        return names

    def _enum_names(self, schema: str, value: str, path: tuple[str, ...], spec: Spec) -> list[str]:
        if path:
            return [f"{name} value {value!r}" for name in self._field_names(schema, path, spec)]
        model = self.model_name(schema)
        if model not in self.models:
            return []
        for member in self.models[model].attributes.values():
            if _literal(member.value) == value:
                return [f"simvoly.models.{model}.{member.name}"]
        return []

    # --- the whole public surface ------------------------------------------------------

    @cached_property
    def public_names(self) -> dict[str, str]:
        """Every public name a user can write -> its canonical path in the package."""
        names: dict[str, str] = {}
        for path, obj in self._public_objects():
            names[path] = obj.path
            if obj.is_class:
                for member in obj.members.values():
                    if member.is_public and not member.is_alias and member.kind in _MEMBER_KINDS:
                        names[f"{path}.{member.name}"] = member.path
        return names

    def _public_objects(self) -> Iterator[tuple[str, griffe.Object]]:
        modules: list[tuple[str, griffe.Module]] = [("simvoly", self.root)]
        while modules:
            path, module = modules.pop()
            yield path, module
            exports = module.exports if module.exports is not None else module.members
            for name in map(str, exports):
                if name.startswith("_") and name != "__version__":
                    continue
                try:
                    obj = _final(module[name])
                except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
                    continue  # re-exported from outside the package, or lazily (__getattr__)
                if obj.is_module:
                    modules.append((f"{path}.{name}", obj))  # type: ignore[arg-type]  # checked
                else:
                    yield f"{path}.{name}", obj
        for attr, resource in self.resources.items():
            yield f"client.{attr}", resource
        for name, model in self.models.items():
            yield f"simvoly.models.{name}", model


def operations_table(module: griffe.Object | griffe.Alias) -> dict[tuple[str, str], str]:
    """(client attribute, method name) -> operationId, from the literal `OPERATIONS` table
    the generator writes (`_generated/operations.py`, from the spec's x-simvoly-* data)."""
    tree = ast.parse(_final(module).source)
    found: dict[tuple[str, str], str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Operation":
            fields = {k.arg: _literal(ast.unparse(k.value)) for k in node.keywords}
            found[(str(fields["resource"]), str(fields["method_name"]))] = str(fields["id"])
    return found


def _table_from_modules(resources: dict[str, griffe.Class]) -> dict[tuple[str, str], str]:
    """The operations table of a tree without one: each resource method's call of
    `<operation module>.build_request`, and that module's `OPERATION_ID` literal."""
    table: dict[tuple[str, str], str] = {}
    for attr, resource in resources.items():
        package = resource.parent
        assert package is not None  # noqa: S101 - a class always lives in a module
        for function in resource.functions.values():
            for call in ast.walk(ast.parse(function.source)):
                module_name = _build_request_module(call)
                if module_name is not None:
                    operation = _final(package[module_name])
                    op_id = _literal(operation["OPERATION_ID"].value)
                    table[(attr, function.name)] = str(op_id)
    return table


def operation_methods(
    resources: dict[str, griffe.Class], table: dict[tuple[str, str], str]
) -> dict[str, Method]:
    """operationId -> resource method: the operations table names the method, and the
    method's call of `<operation module>.build_request(...)` maps its arguments to the
    operation's parameters."""
    methods: dict[str, Method] = {}
    for attr, resource in resources.items():
        package = resource.parent
        assert package is not None  # noqa: S101 - a class always lives in a module
        for function in resource.functions.values():
            op_id = table.get((attr, function.name))
            if op_id is None:
                continue
            tree = ast.parse(function.source)
            for call in ast.walk(tree):
                module_name = _build_request_module(call)
                if module_name is None:
                    continue
                builder = _final(package[module_name])["build_request"]
                arguments = _arguments(tree, function, [p.name for p in builder.parameters])
                methods[op_id] = Method(attr, function.name, function, arguments)
    return methods


def _build_request_module(node: ast.AST) -> str | None:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "build_request"
        and isinstance(node.func.value, ast.Name)
    ):
        return node.func.value.id
    return None


def _arguments(tree: ast.AST, function: griffe.Function, positional: list[str]) -> dict[str, str]:
    """Name passed on (a keyword of any call in the method, or a positional argument of
    `build_request`) -> the method's argument it comes from."""
    own = {p.name for p in function.parameters} - {"self"}

    def source(value: ast.expr) -> str | None:
        used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} & own
        return used.pop() if len(used) == 1 else None

    found: dict[str, str] = {}
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        for keyword in call.keywords:
            argument = source(keyword.value)
            if keyword.arg and argument:
                found.setdefault(keyword.arg, argument)
        if _build_request_module(call):
            for name, value in zip(positional, call.args, strict=False):
                argument = source(value)
                if argument:
                    found.setdefault(name, argument)
    return found


def _final(obj: griffe.Object | griffe.Alias) -> griffe.Object:
    return obj.final_target if isinstance(obj, griffe.Alias) else obj


def _class(obj: griffe.Object | griffe.Alias) -> griffe.Class:
    target = _final(obj)
    if not isinstance(target, griffe.Class):
        raise TypeError(f"{target.path} is not a class")
    return target


def _literal(value: object) -> object:
    try:
        return ast.literal_eval(str(value))
    except (ValueError, SyntaxError):
        return None


# --- griffe's breaking-change check -------------------------------------------------------


def breakages(old: Surface, new: Surface) -> list[Breakage]:
    """griffe.find_breaking_changes over the public package, each resource and each model
    (the generated ones sit in the private `_generated`, which griffe skips), rendered at
    the names users write."""
    pairs: list[tuple[griffe.Object, griffe.Object]] = [(old.root, new.root)]
    found: list[Breakage] = []
    for attr in sorted(old.resources):
        if attr in new.resources:
            pairs.append((old.resources[attr], new.resources[attr]))
        else:
            found.append(Breakage(f"client.{attr}", "public object was removed"))
    for name in sorted(old.models):
        if name in new.models:
            pairs.append((old.models[name], new.models[name]))
        else:
            found.append(Breakage(f"simvoly.models.{name}", "public object was removed"))
    public = {canonical: path for path, canonical in old.public_names.items()}
    for before, after in pairs:
        found += [
            _render(b, public)
            for b in griffe.find_breaking_changes(before, after)
            if not _is_dunder_attribute(b.obj.name)  # `__slots__` and such: not an API
        ]
    return found


def _is_dunder_attribute(name: str) -> bool:
    return name.startswith("__") and name.endswith("__") and name not in ("__init__", "__call__")


def _render(breakage: griffe.Breakage, public: dict[str, str]) -> Breakage:
    path = breakage.obj.path
    # The longest canonical prefix a user can write: `simvoly._client.AsyncSimvoly.x` is
    # `simvoly.AsyncSimvoly.x`.
    for canonical in sorted(public, key=len, reverse=True):
        if path == canonical or path.startswith(f"{canonical}."):
            path = public[canonical] + path[len(canonical) :]
            break
    text = breakage.kind.value[:1].lower() + breakage.kind.value[1:]
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Parameter) or isinstance(new, griffe.Parameter):
        parameter = old if isinstance(old, griffe.Parameter) else new
        return Breakage(f"{path}({parameter.name}=...)", text)
    if old is not None and new is not None and not isinstance(old, griffe.Object):
        text = f"{text}: `{old}` -> `{new}`"
    return Breakage(path, text)
